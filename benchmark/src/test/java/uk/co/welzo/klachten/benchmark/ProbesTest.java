package uk.co.welzo.klachten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A probe is found in the letters' queue, newest first, on the first page or a later one. */
class ProbesTest {

    private final Probes probes = new Probes(null, null, null, 1, "probe-x-", Instant.parse("2026-12-06T03:00:00Z"));

    @Test
    void laterProbeIsReceivedEarlierSoItComesFirstInTheQueue() {
        assertThat(probes.receivedAt(2)).isBefore(probes.receivedAt(1));
    }

    @Test
    void probeOnThePageIsFound() {
        assertThat(probes.place(page(7, 5), 6)).isEqualTo(Probes.Place.FOUND);
    }

    @Test
    void probeNotOnAPageThatIsNotFullIsNotThereYet() {
        assertThat(probes.place(page(7, 5), 8)).isEqualTo(Probes.Place.NOT_YET);
    }

    @Test
    void probeOlderThanAFullPageOfNewerOnesIsLookedForOnTheNextPage() {
        assertThat(probes.place(page(300, 300 - Probes.PAGE + 1), 150)).isEqualTo(Probes.Place.LATER_PAGE);
    }

    private static String page(long newest, long oldest) {
        return LongStream.iterate(newest, n -> n >= oldest, n -> n - 1)
                .mapToObj(n -> "{\"complaintId\":\"probe-x-" + n + "\",\"status\":\"RECEIVED\"}")
                .collect(Collectors.joining(",", "{\"items\":[", "],\"page\":0,\"size\":100,\"total\":1}"));
    }
}
