package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/**
 * Not a test (the build runs only {@code *Test} classes): a measurement to run by hand, for when the whole benchmark
 * cannot run. It projects many complaints into the test server and times the benchmark's "a year of trend counts"
 * and a 30-day recurring window both ways, the fact scan and the day counts, one after the other on the same data, asserting
 * only that both answer the same:
 * {@code ./mvnw -o -q test -pl query-side -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=TrendCountsMeasurement -Dcomplaints=100000}
 */
@ExtendWith(MongoTestServer.class)
class TrendCountsMeasurement {

    private static final Instant YEAR_START = Instant.parse("2025-01-06T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2026-01-06T00:00:00Z");

    @Test
    void aYearOfCountsBothWays(MongoTemplate mongo) throws Exception {
        int complaints = Integer.getInteger("complaints", 20_000);
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new TrendProjection(mongo));
        projection.prepareReset();
        Random random = new Random(100);
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (int i = 0; i < complaints; i++) {
            Instant received = YEAR_START.minus(Duration.ofDays(5)).plusSeconds(random.nextInt(375 * 86_400));
            ComplaintStory story = ComplaintStory.lodged("m-" + i, received.toString(),
                    Category.values()[random.nextInt(Category.values().length)],
                    Channel.values()[random.nextInt(Channel.values().length)], "Product " + random.nextInt(40));
            story.resolved(24 + random.nextInt(300), Outcome.values()[random.nextInt(Outcome.values().length)],
                    "Cause " + random.nextInt(25));
            histories.put(story.id.value(), story.events);
        }
        List<EventMessage<?>> events = new ArrayList<>();
        histories.forEach((id, history) -> events.addAll(OneBatch.interleaved(Map.of(id, history))));
        long start = System.nanoTime();
        for (int from = 0; from < events.size(); from += 100) {
            OneBatch.deliver(mongo, projection, events.subList(from, Math.min(events.size(), from + 100)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("projected %,d events of %,d complaints in %.1f s (%,.0f events/s)%n", events.size(),
                complaints, seconds, events.size() / seconds);

        TrendQueryHandler trends = new TrendQueryHandler(mongo);
        FactScanCounts factScan = new FactScanCounts(mongo);
        TrendDays days = new TrendDays(mongo);
        FindComplaintCounts year = new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.MONTH, YEAR_START,
                YEAR_END);
        assertThat(trends.handle(year)).isEqualTo(factScan.handle(year));
        Instant windowEnd = YEAR_START.plus(Duration.ofDays(100)).plusSeconds(12_345);
        Instant windowStart = windowEnd.minus(Duration.ofDays(30));
        assertThat(days.count(TrendDimension.PRODUCT, windowStart, windowEnd).counts())
                .isEqualTo(factScan.countByValue(TrendDimension.PRODUCT, windowStart, windowEnd));

        int rounds = Integer.getInteger("rounds", 20);
        report("a year of counts, fact scan", rounds, () -> factScan.handle(year));
        report("a year of counts, day counts", rounds, () -> trends.handle(year));
        report("recurring, 30 days, fact scan", rounds,
                () -> factScan.countByValue(TrendDimension.PRODUCT, windowStart, windowEnd));
        report("recurring, 30 days, day counts", rounds,
                () -> days.count(TrendDimension.PRODUCT, windowStart, windowEnd).counts());
    }

    private static void report(String what, int rounds, Supplier<Object> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-34s p50 %8.2f ms  p99 %8.2f ms  (%d rounds)%n", what, nanos[rounds / 2] / 1e6,
                nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6, rounds);
    }
}
