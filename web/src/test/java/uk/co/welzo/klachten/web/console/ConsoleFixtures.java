package uk.co.welzo.klachten.web.console;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.complaint.query.DeadlineView;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.queue.RunningDeadlineSummary;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;

/** Case views and queue rows for the console's tests. */
final class ConsoleFixtures {

    static final String ID = "c-1";
    static final String REFERENCE = "7KQ-M2X-D5R";
    static final Instant DUE = Instant.parse("2099-01-12T23:59:59Z");

    private ConsoleFixtures() {
    }

    static ComplaintView view(ComplaintStatus status) {
        Stage stage = switch (status) {
            case ESCALATED, UNDER_REVIEW, RESOLVED_AT_STAGE_TWO -> Stage.TWO;
            default -> Stage.ONE;
        };
        return new ComplaintView(ID, REFERENCE, status, stage, Channel.WEB_FORM, Category.PRODUCT_DEFECT,
                new Complainant("Ann <b>Example</b>", "ann@example.org", "020 7946 0000", null),
                "<script>alert('x')</script>", "WZ-1", "Monitor", Instant.parse("2026-12-01T10:00:00Z"), "agent",
                List.of(new DeadlineView(DeadlineKind.STAGE_ONE_RESOLUTION, Instant.parse("2098-12-16T00:00:00Z"), DUE, null)),
                List.of(new InquiryView("q-1", Department.WAREHOUSE_MANAGEMENT, "Was it packed?",
                        Instant.parse("2026-12-02T10:00:00Z"), null, null)),
                null, null, null, null, Instant.parse("2099-03-01T00:00:00Z"), null, List.of(),
                List.of(new TimelineEntry(1, "InvestigationNoteRecorded", "Note recorded",
                        Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"), "agent",
                        "<img src=x onerror=alert(1)>")), 1L);
    }

    /** The same case after its complainant's personal data was erased (R8.2): every personal text is the marker. */
    static ComplaintView erased(ComplaintStatus status) {
        ComplaintView v = view(status);
        String x = PersonalData.ERASED;
        return new ComplaintView(v.complaintId(), v.reference(), v.status(), v.stage(), v.channel(), v.category(),
                new Complainant(x, x, x, x), x, x, v.product(), v.receivedAt(), v.handler(), v.deadlines(),
                v.inquiries().stream().map(i -> new InquiryView(i.inquiryId(), i.department(), x, i.requestedAt(), null, null))
                        .toList(), v.departmentManager(), v.outcome(), v.remedy(), v.rootCause(), v.escalationWindowEnds(),
                v.closureReason(), v.externalReferrals(), v.timeline().stream().map(t -> new TimelineEntry(t.sequence(),
                        t.type(), t.summary(), t.occurredAt(), t.recordedAt(), t.actor(), x)).toList(), v.version(),
                Instant.parse("2027-01-11T10:00:00Z"), ErasureGround.CONSENT_WITHDRAWN);
    }

    static WorkQueueItemSummary row(boolean overdue) {
        return new WorkQueueItemSummary(ID, REFERENCE, Stage.ONE, ComplaintStatus.RECEIVED, Category.PRODUCT_DEFECT,
                Channel.WEB_FORM, null, null, null, null, List.of(),
                List.of(new RunningDeadlineSummary(DeadlineKind.ACKNOWLEDGEMENT, null, DUE, DUE, DUE, null, null, overdue)),
                DUE, overdue);
    }
}
