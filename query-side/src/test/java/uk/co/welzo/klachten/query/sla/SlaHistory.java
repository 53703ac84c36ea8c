package uk.co.welzo.klachten.query.sla;

import java.time.Duration;
import java.time.Instant;
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
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

/** Events of one complaint for the SLA tests, with deadlines written out by hand (Thursday 2025-03-06 09:00Z lodged). */
public final class SlaHistory {

    public static final Instant T0 = Instant.parse("2025-03-06T09:00:00Z");
    public static final Actor AGENT = new Actor("agent");
    public static final Actor SLA = new Actor("sla-clock");
    public static final String POLICY = "2025.1";
    public static final InquiryId INQUIRY = InquiryId.of("i-1");

    private SlaHistory() {
    }

    public static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    public static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static ComplaintLodged lodged(ComplaintId id) {
        return new ComplaintLodged(id, ReferenceNumber.parse("Q1N-19Y-8PN"), Channel.EMAIL, Category.SERVICE,
                new Complainant("Mary Jones", null, null, null), "Late delivery", null, null, T0, T0,
                hours(48), hours(36), POLICY, AGENT);
    }

    /** Acknowledged Friday 2025-03-07 09:00Z: stage 1 due end of Friday 2025-03-21, warning end of Thursday 20th. */
    public static ComplaintAcknowledged acknowledged(ComplaintId id) {
        return new ComplaintAcknowledged(id, ReferenceNumber.parse("Q1N-19Y-8PN"), CommunicationChannel.EMAIL, hours(24), hours(24),
                at("2025-03-22T00:00:00Z"), at("2025-03-21T00:00:00Z"), POLICY, AGENT);
    }

    public static DepartmentInputRequested asked(ComplaintId id) {
        return new DepartmentInputRequested(id, INQUIRY, Department.WAREHOUSE_MANAGEMENT, "Packed?", hours(25), hours(25),
                at("2025-03-13T00:00:00Z"), at("2025-03-12T00:00:00Z"), POLICY, AGENT);
    }

    public static DepartmentInputReceived answered(ComplaintId id) {
        return new DepartmentInputReceived(id, INQUIRY, Department.WAREHOUSE_MANAGEMENT, "Yes", hours(50), hours(50), AGENT);
    }

    public static DeadlineWarningIssued stageOneWarned(ComplaintId id) {
        return new DeadlineWarningIssued(id, DeadlineKind.STAGE_ONE_RESOLUTION, null, at("2025-03-22T00:00:00Z"),
                at("2025-03-21T00:00:00Z"), at("2025-03-21T00:00:10Z"), SLA);
    }

    public static DeadlineExtended extended(ComplaintId id) {
        return new DeadlineExtended(id, DeadlineKind.STAGE_ONE_RESOLUTION, at("2025-03-22T00:00:00Z"),
                at("2025-03-22T00:00:00Z"), at("2025-03-29T00:00:00Z"), at("2025-03-28T00:00:00Z"), "Waiting on supplier",
                CommunicationId.of("m-1"), at("2025-03-21T10:00:00Z"), at("2025-03-21T10:00:00Z"), AGENT);
    }

    public static DeadlineMissed stageOneMissed(ComplaintId id) {
        return new DeadlineMissed(id, DeadlineKind.STAGE_ONE_RESOLUTION, null, at("2025-03-29T00:00:00Z"),
                at("2025-03-29T00:00:00Z"), at("2025-03-29T00:00:20Z"), SLA);
    }

    public static ComplaintResolved resolvedStageOne(ComplaintId id) {
        return new ComplaintResolved(id, Stage.ONE, Outcome.UPHELD, "Refund", "courier", false, null, null, null,
                at("2025-03-31T09:00:00Z"), at("2025-03-31T09:00:00Z"), at("2025-05-26T09:00:00Z"), POLICY, AGENT);
    }

    public static ComplaintEscalated escalated(ComplaintId id) {
        return new ComplaintEscalated(id, "Not enough", at("2025-04-01T09:00:00Z"), at("2025-04-01T09:00:00Z"),
                at("2025-04-08T23:00:00Z"), at("2025-04-15T23:00:00Z"), at("2025-04-07T23:00:00Z"),
                at("2025-04-14T23:00:00Z"), POLICY, AGENT);
    }

    public static EscalationAcknowledged escalationAcknowledged(ComplaintId id) {
        return new EscalationAcknowledged(id, new DepartmentManager("Dana", "Logistics"), at("2025-04-03T09:00:00Z"),
                at("2025-04-03T09:00:00Z"), at("2025-04-17T23:00:00Z"), at("2025-04-16T23:00:00Z"), POLICY, AGENT);
    }

    public static ComplaintClosed closed(ComplaintId id, Instant when) {
        return new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, when, when, AGENT);
    }
}
