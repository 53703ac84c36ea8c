package uk.co.welzo.klachten.query.returns;

import uk.co.welzo.klachten.query.eventstore.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.ReturnsView;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;

/**
 * Complaint returns counted from the event store itself, as the record stood at an instant: only
 * events recorded by asAt count, so the same question asked later gets the same figures.
 */
@Component
class Returns {

    static final String UP_TO_4_WEEKS = "UP_TO_4_WEEKS";
    static final String FROM_4_TO_8_WEEKS = "MORE_THAN_4_UP_TO_8_WEEKS";
    static final String OVER_8_WEEKS = "MORE_THAN_8_WEEKS";

    private final EventStore store;

    Returns(EventStore store) {
        this.store = store;
    }

    /** Per complaint, what the counting needs. */
    static final class Tally {
        Instant receivedAt;
        boolean escalated;
        boolean withdrawn;
        ComplaintResolved stageOne;
        ComplaintResolved stageTwo;

        void add(Object payload) {
            if (payload instanceof ComplaintLodged e) {
                receivedAt = e.occurredAt();
            } else if (payload instanceof ComplaintEscalated) {
                escalated = true;
            } else if (payload instanceof ComplaintWithdrawn) {
                withdrawn = true;
            } else if (payload instanceof ComplaintResolved e) {
                if (e.stage() == Stage.ONE) {
                    stageOne = e;
                } else {
                    stageTwo = e;
                }
            }
        }

        /** The final resolution: stage 2 once escalated (none yet: unresolved), else stage 1. */
        ComplaintResolved finalResolution() {
            return escalated ? stageTwo : stageOne;
        }
    }

    ReturnsView count(Instant from, Instant to, Instant asAt) {
        Map<String, Tally> complaints = new HashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (message instanceof DomainEventMessage<?> domain && "Complaint".equals(domain.getType())) {
                    StoredEvent event = StoredEvent.of(domain);
                    if (!event.recordedAt().isAfter(asAt)) {
                        complaints.computeIfAbsent(domain.getAggregateIdentifier(), id -> new Tally()).add(event.payload());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting returns", e);
        }
        return tally(complaints.values(), from, to, asAt);
    }

    static ReturnsView tally(Iterable<Tally> complaints, Instant from, Instant to, Instant asAt) {
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome.name(), 0);
        }
        Map<String, Integer> byTime = new LinkedHashMap<>();
        byTime.put(UP_TO_4_WEEKS, 0);
        byTime.put(FROM_4_TO_8_WEEKS, 0);
        byTime.put(OVER_8_WEEKS, 0);
        int received = 0;
        int resolved = 0;
        int withdrawn = 0;
        for (Tally complaint : complaints) {
            if (complaint.receivedAt == null || complaint.receivedAt.isBefore(from) || !complaint.receivedAt.isBefore(to)) {
                continue;
            }
            received++;
            ComplaintResolved resolution = complaint.finalResolution();
            if (resolution != null) {
                resolved++;
                byOutcome.merge(resolution.outcome().name(), 1, Integer::sum);
                byTime.merge(bucket(Duration.between(complaint.receivedAt, resolution.occurredAt())), 1, Integer::sum);
            } else if (complaint.withdrawn) {
                withdrawn++;
            }
        }
        return new ReturnsView(from, to, asAt, received, resolved, received - resolved - withdrawn, withdrawn,
                byOutcome, byTime);
    }

    /** Exactly 4 weeks (28 × 24 h) is still "up to 4 weeks"; exactly 8 weeks is still "4 to 8 weeks". */
    static String bucket(Duration timeToResolution) {
        if (timeToResolution.compareTo(Duration.ofDays(28)) <= 0) {
            return UP_TO_4_WEEKS;
        }
        return timeToResolution.compareTo(Duration.ofDays(56)) <= 0 ? FROM_4_TO_8_WEEKS : OVER_8_WEEKS;
    }
}
