package uk.co.welzo.klachten.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.acknowledged;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.append;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.assigned;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.awaitView;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.find;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.lodged;

class StandaloneRestartTest {

    @Test
    void keepsEventsViewsAndTokensAcrossARestart(@TempDir Path dataDir) throws Exception {
        ComplaintId id = ComplaintId.of("restart-1");
        try (ConfigurableApplicationContext first = start(dataDir)) {
            EventStore events = first.getBean(EventStore.class);
            append(events, id, 0, lodged(id));
            append(events, id, 1, acknowledged(id));
            awaitView(first.getBean(QueryGateway.class), id, view -> view.timeline().size() == 2);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            EventStore events = second.getBean(EventStore.class);
            QueryGateway queries = second.getBean(QueryGateway.class);
            assertThat(events.readEvents(id.value()).asStream().map(event -> event.getPayloadType().getSimpleName()))
                    .containsExactly("ComplaintLodged", "ComplaintAcknowledged");
            assertThat(find(queries, id)).get().extracting(ComplaintView::status)
                    .isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);

            append(events, id, 2, assigned(id));
            ComplaintView view = awaitView(queries, id, v -> v.timeline().size() >= 3);

            assertThat(view.timeline()).extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L);
            assertThat(view.handler()).isEqualTo("alice.handler");
            // the projection's idempotency would hide a replay in the view; the processor's deliveries do not
            assertThat(second.getBean(Deliveries.class).seen).containsExactly("ComplaintAssigned");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(StandaloneApplication.class, Deliveries.class)
                .run("--klachten.data-dir=" + dataDir, "--server.port=0"); // arguments outrank application.yml
    }

    /** Sits in the cases processor and records what that processor delivers; registered by hand, not scanned. */
    @ProcessingGroup("cases")
    static class Deliveries {

        final List<String> seen = new ArrayList<>();

        @EventHandler
        synchronized void on(Object event) {
            seen.add(event.getClass().getSimpleName());
        }
    }
}
