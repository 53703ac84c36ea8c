package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.command.complaint.ReferenceNumbers;

/**
 * R2.2 on the running embedded service, its JDBC event store and its reference reservations: two complaints that draw
 * the same reference never share it; the second draws again and is lodged, not refused.
 */
class ReferenceCollisionTest {

    static final String LODGE = """
            {"complaintId":"%s","channel":"LETTER","category":"SERVICE",
             "complainant":{"name":"Eve Example"},"description":"No reply to my letters"}""";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R2.2 a reference already reserved is drawn again: the second complaint gets another one")
    void theSecondComplaintDrawsAgain() throws Exception {
        ReferenceNumber first = ReferenceNumber.random(new SecureRandom());
        ReferenceNumber second = ReferenceNumber.random(new SecureRandom());
        ScriptedReferences.script = new ArrayDeque<>(List.of(first, first, second));

        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {ScriptedReferences.class})) {
            JsonNode one = service.command("POST", "/api/complaints", "intake", LODGE.formatted("draw-1")).body();
            JsonNode two = service.command("POST", "/api/complaints", "intake", LODGE.formatted("draw-2")).body();

            assertThat(one.path("reference").asText()).isEqualTo(first.toString());
            assertThat(two.path("reference").asText()).as("drawn again after the collision").isEqualTo(second.toString());
            assertThat(ScriptedReferences.script).as("every scripted draw was used").isEmpty();
            EventStore events = service.bean(EventStore.class);
            assertThat(events.readEvents("draw-2").asStream().map(event -> event.getPayload()).toList())
                    .as("one lodging, under the second reference, nothing left of the attempt that collided")
                    .singleElement().satisfies(lodged -> assertThat(((ComplaintLodged) lodged).reference()).isEqualTo(second));
            assertThat(events.readEvents("reference:" + first).asStream().count()).isEqualTo(1);
            assertThat(events.readEvents("reference:" + second).asStream().count()).isEqualTo(1);
        }
    }

    /** Draws the scripted references first, then random ones. Not a {@code @Configuration}: not scanned into others. */
    static class ScriptedReferences {

        static Deque<ReferenceNumber> script = new ArrayDeque<>();

        @Bean
        @Primary
        ReferenceNumbers scriptedReferenceNumbers() {
            SecureRandom random = new SecureRandom();
            return () -> script.isEmpty() ? ReferenceNumber.random(random) : script.poll();
        }
    }
}
