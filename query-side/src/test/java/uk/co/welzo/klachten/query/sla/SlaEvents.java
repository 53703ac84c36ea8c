package uk.co.welzo.klachten.query.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

/**
 * Complaint histories with every time and deadline given by the test, delivered to the SLA projection in order,
 * each complaint's events numbered from 0 as the aggregate numbers them.
 */
final class SlaEvents {

    static final Actor AGENT = new Actor("agent");
    static final Actor SLA = new Actor("sla-clock");
    static final String POLICY = "2025.1";
    private static final Duration DAY = Duration.ofDays(1);

    private final AnnotationEventHandlerAdapter projection;
    private final Map<String, Long> sequences = new HashMap<>();
    private boolean replaying;
    private Map<String, List<Object>> recorded;

    SlaEvents(AnnotationEventHandlerAdapter projection) {
        this.projection = projection;
    }

    /** Events written down per complaint, in order, instead of delivered: for a test that delivers them in batches. */
    static SlaEvents recording(Map<String, List<Object>> histories) {
        SlaEvents events = new SlaEvents(null);
        events.recorded = histories;
        return events;
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** From now on, deliver events as a processor replaying them after a reset would, or as live ones again. */
    SlaEvents replaying(boolean replaying) {
        this.replaying = replaying;
        return this;
    }

    SlaEvents deliver(ComplaintId id, Object event) {
        if (recorded != null) {
            recorded.computeIfAbsent(id.value(), complaint -> new java.util.ArrayList<>()).add(event);
            return this;
        }
        long sequence = sequences.merge(id.value(), 1L, Long::sum) - 1;
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event);
        try {
            projection.handle(replaying ? new GenericTrackedDomainEventMessage<>(ReplayToken.createReplayToken(
                    new GlobalSequenceTrackingToken(1_000), new GlobalSequenceTrackingToken(0)), message) : message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The reference number the complaint is lodged with: a valid one, always the same for the same id. */
    static String reference(ComplaintId id) {
        return ReferenceNumber.random(new Random(id.value().hashCode())).value();
    }

    /** Lodged at {@code at}, acknowledgement due 48 hours later (R2.1). */
    SlaEvents lodged(ComplaintId id, Instant at) {
        return deliver(id, new ComplaintLodged(id, ReferenceNumber.parse(reference(id)), Channel.EMAIL, Category.SERVICE,
                new Complainant("Mary Jones", null, null, null), "Late delivery", null, null, at, at,
                at.plus(Duration.ofHours(48)), at.plus(Duration.ofHours(36)), POLICY, AGENT));
    }

    SlaEvents acknowledged(ComplaintId id, Instant at, Instant stageOneDue) {
        return deliver(id, new ComplaintAcknowledged(id, ReferenceNumber.parse(reference(id)), CommunicationChannel.EMAIL, at, at, stageOneDue,
                stageOneDue.minus(DAY), POLICY, AGENT));
    }

    SlaEvents extended(ComplaintId id, DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                       Instant at) {
        return deliver(id, new DeadlineExtended(id, kind, originalDue, previousDue, newDue, newDue.minus(DAY),
                "Waiting on supplier", CommunicationId.of("m-" + sequences.getOrDefault(id.value(), 0L)), at, at, AGENT));
    }

    SlaEvents resolved(ComplaintId id, Stage stage, Instant at) {
        return deliver(id, new ComplaintResolved(id, stage, Outcome.UPHELD, "Refund", "courier", stage == Stage.TWO, null, null, null,
                at, at, at.plus(Duration.ofDays(56)), POLICY, AGENT));
    }

    SlaEvents escalated(ComplaintId id, Instant at, Instant target, Instant limit) {
        return deliver(id, new ComplaintEscalated(id, "Not enough", at, at, target, limit, target.minus(DAY),
                limit.minus(DAY), POLICY, AGENT));
    }

    SlaEvents escalationAcknowledged(ComplaintId id, Instant at, Instant stageTwoDue) {
        return deliver(id, new EscalationAcknowledged(id, new DepartmentManager("Dana", "Logistics"), at, at,
                stageTwoDue, stageTwoDue.minus(DAY), POLICY, AGENT));
    }

    SlaEvents asked(ComplaintId id, String inquiry, Instant at, Instant due) {
        return deliver(id, new DepartmentInputRequested(id, InquiryId.of(inquiry), Department.WAREHOUSE_MANAGEMENT,
                "Packed?", at, at, due, due.minus(DAY), POLICY, AGENT));
    }

    SlaEvents missed(ComplaintId id, DeadlineKind kind, String inquiry, Instant due, Instant recordedAt) {
        return deliver(id, new DeadlineMissed(id, kind, inquiry == null ? null : InquiryId.of(inquiry), due, due,
                recordedAt, SLA));
    }

    SlaEvents closed(ComplaintId id, Instant at) {
        return deliver(id, new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, at, at, AGENT));
    }
}
