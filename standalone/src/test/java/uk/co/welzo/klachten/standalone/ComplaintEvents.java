package uk.co.welzo.klachten.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;

/** Test data and helpers: events appended as the aggregate would, and waiting for the read model. */
final class ComplaintEvents {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    static final Actor AGENT = new Actor("agent");

    private ComplaintEvents() {
    }

    /** By letter: the tests append the acknowledgement themselves, which an automatic one (R2) would race. */
    static ComplaintLodged lodged(ComplaintId id) {
        return new ComplaintLodged(id, ReferenceNumber.random(new Random(id.hashCode())), Channel.LETTER,
                Category.SERVICE, new Complainant("Mary Jones", "mary@example.com", null, null),
                "Nobody called me back", null, null, T0, T0, T0.plus(Duration.ofHours(48)),
                T0.plus(Duration.ofHours(36)), "2025.1", AGENT);
    }

    static ComplaintAcknowledged acknowledged(ComplaintId id) {
        return new ComplaintAcknowledged(id, ReferenceNumber.random(new Random(id.hashCode())), CommunicationChannel.EMAIL, T0.plusSeconds(3600), T0.plusSeconds(3600),
                T0.plus(Duration.ofDays(14)), T0.plus(Duration.ofDays(13)), "2025.1", AGENT);
    }

    static ComplaintAssigned assigned(ComplaintId id) {
        return new ComplaintAssigned(id, "alice.handler", null, T0.plusSeconds(7200), T0.plusSeconds(7200), AGENT);
    }

    /** Appends as the Complaint aggregate does: a domain event with its aggregate id and sequence number. */
    static void append(EventStore store, ComplaintId id, long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event));
    }

    static Optional<ComplaintView> find(QueryGateway queries, ComplaintId id) {
        return queries.query(new FindComplaint(id), ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
    }

    /** Polls the query side until the view satisfies the condition: projections are eventually consistent. */
    static ComplaintView awaitView(QueryGateway queries, ComplaintId id, Predicate<ComplaintView> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<ComplaintView> view = find(queries, id);
        while (view.filter(condition).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("case view of " + id + " not as expected within 20 s: " + view);
            }
            Thread.sleep(100);
            view = find(queries, id);
        }
        return view.get();
    }
}
