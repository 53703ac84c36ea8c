package uk.co.welzo.klachten.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code klachten.processor.lag} (Prometheus {@code klachten_processor_lag_events}), per
 * processor: the event store's head position minus the lowest position of the segments this instance
 * holds, so about how many events its read model still has to take in. Axon's own
 * {@code eventProcessor.latency} only changes when an event is handled, so a stuck processor keeps
 * showing its last small latency; this one grows. NaN while this instance holds no segment of it.
 */
@Component
class ProcessorLag {

    private final ProcessingGroups groups;
    private final EventStore events;
    private final MeterRegistry registry;

    ProcessorLag(ProcessingGroups groups, EventStore events, MeterRegistry registry) {
        this.groups = groups;
        this.events = events;
        this.registry = registry;
    }

    /** Once the processors exist: Axon builds them when its configuration starts. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String group : groups.names()) {
            Gauge.builder("klachten.processor.lag", () -> lag(group))
                    .description("Events in the store that this instance's segments of the processor have not handled")
                    .baseUnit("events")
                    .tag("processorName", group)
                    .strongReference(true)
                    .register(registry);
        }
    }

    private double lag(String group) {
        Map<Integer, EventTrackerStatus> segments = groups.processor(group).processingStatus();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        Long head = Replays.positionOf(events.createHeadToken());
        Long position = Replays.lowest(segments.values());
        if (head == null) {
            return 0;
        }
        return Math.max(0, head - (position == null ? -1 : position));
    }
}
