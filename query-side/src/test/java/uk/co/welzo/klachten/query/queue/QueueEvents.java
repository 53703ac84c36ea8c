package uk.co.welzo.klachten.query.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

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
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

import static uk.co.welzo.klachten.api.complaint.DeadlineKind.DEPARTMENT_RESPONSE;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;

/** Realistic complaint histories for the queue's tests; times are hours or days after {@link #T0}. */
final class QueueEvents {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor AGENT = new Actor("agent");
    static final Actor SLA_CLOCK = new Actor("sla-clock");
    static final InquiryId WAREHOUSE = InquiryId.of("i-1");
    static final InquiryId LAB = InquiryId.of("i-2");
    static final String POLICY = "2026-11-1";

    private QueueEvents() {
    }

    /** Stage one under investigation: one inquiry answered, one warned and missed, the resolution deadline warned and extended. */
    static List<Object> investigating(ComplaintId id, int reference) {
        return List.of(
                lodged(id, reference),
                new ComplaintAcknowledged(id, reference(reference), CommunicationChannel.EMAIL, at(20), at(20), days(15), days(13), POLICY, AGENT),
                new ComplaintAssigned(id, "alice", null, days(1), days(1), AGENT),
                new DepartmentInputRequested(id, WAREHOUSE, Department.WAREHOUSE_MANAGEMENT, "Was the parcel damaged?",
                        days(2), days(2), days(5), days(4), POLICY, AGENT),
                new DepartmentInputRequested(id, LAB, Department.TESTING_LABORATORY, "Is the batch faulty?",
                        days(2), days(2), days(6), days(5), POLICY, AGENT),
                new DepartmentInputReceived(id, WAREHOUSE, Department.WAREHOUSE_MANAGEMENT, "No damage recorded",
                        days(3), days(3), AGENT),
                new DeadlineWarningIssued(id, DEPARTMENT_RESPONSE, LAB, days(6), days(5), days(5), SLA_CLOCK),
                new DeadlineMissed(id, DEPARTMENT_RESPONSE, LAB, days(6), days(6), days(6), SLA_CLOCK),
                new ComplaintRecategorised(id, Category.PRODUCT_DEFECT, Category.SERVICE, "About the courier", days(7),
                        days(7), AGENT),
                new CustomerCommunicationRecorded(id, CommunicationId.of("m-1"), CommunicationChannel.PHONE,
                        Direction.OUTBOUND, "Told the customer about the delay", days(8), days(8), AGENT),
                new DeadlineWarningIssued(id, STAGE_ONE_RESOLUTION, null, days(15), days(13), days(13), SLA_CLOCK),
                new DeadlineExtended(id, STAGE_ONE_RESOLUTION, days(15), days(15), days(20), days(18),
                        "Waiting for the laboratory", CommunicationId.of("m-1"), days(13), days(13), AGENT));
    }

    /** Through both stages to the final closure. */
    static List<Object> wholeLife(ComplaintId id, int reference) {
        return List.of(
                lodged(id, reference),
                new ComplaintAcknowledged(id, reference(reference), CommunicationChannel.EMAIL, at(20), at(20), days(15), days(13), POLICY, AGENT),
                new ComplaintAssigned(id, "bob", null, days(1), days(1), AGENT),
                resolved(id, Stage.ONE, days(10)),
                escalated(id, days(12)),
                new DeadlineWarningIssued(id, ESCALATION_ACKNOWLEDGEMENT_TARGET, null, days(19), days(18), days(18), SLA_CLOCK),
                new DeadlineMissed(id, ESCALATION_ACKNOWLEDGEMENT_TARGET, null, days(19), days(19), days(19), SLA_CLOCK),
                new EscalationAcknowledged(id, new DepartmentManager("Dana Reviewer", "Pharmacy"), days(21), days(21),
                        days(35), days(33), POLICY, AGENT),
                resolved(id, Stage.TWO, days(30)),
                new ComplaintClosed(id, ClosureReason.FINAL_RESPONSE_GIVEN, days(31), days(31), AGENT));
    }

    static List<Object> withdrawnEarly(ComplaintId id, int reference) {
        return List.of(
                lodged(id, reference),
                new ComplaintWithdrawn(id, "Sorted it out herself", at(5), at(5), AGENT));
    }

    static ComplaintLodged lodged(ComplaintId id, int reference) {
        return new ComplaintLodged(id, reference(reference), Channel.WEB_FORM, Category.PRODUCT_DEFECT,
                new Complainant("Mary Jones", "mary.jones@example.com", null, null), "My monitor arrived broken",
                "W-1001", "Blood pressure monitor", T0, T0, at(48), at(36), POLICY, AGENT);
    }

    static ComplaintResolved resolved(ComplaintId id, Stage stage, Instant at) {
        return new ComplaintResolved(id, stage, Outcome.PARTLY_UPHELD, "Refund of postage", "Packing",
                stage == Stage.TWO, null, null, null, at, at, stage == Stage.ONE ? at.plus(Duration.ofDays(56)) : null, POLICY, AGENT);
    }

    static ComplaintEscalated escalated(ComplaintId id, Instant at) {
        return new ComplaintEscalated(id, "Refund too slow", at, at, days(19), days(26), days(18), days(25), POLICY, AGENT);
    }

    static DeadlineWarningIssued warning(ComplaintId id, DeadlineKind kind, InquiryId inquiry, Instant due, Instant at) {
        return new DeadlineWarningIssued(id, kind, inquiry, due, at, at, SLA_CLOCK);
    }

    static ReferenceNumber reference(int n) {
        return ReferenceNumber.random(new Random(n));
    }

    static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static Instant days(int days) {
        return T0.plus(Duration.ofDays(days));
    }
}
