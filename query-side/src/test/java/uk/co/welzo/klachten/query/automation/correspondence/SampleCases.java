package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.DeadlineView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * One complaint at the point each letter tells of, as the case view shows it. Acknowledged Thursday 24 December 2026:
 * its stage-1 answer is due at London midnight ending Tuesday 12 January 2027 (DOMAIN.md's example).
 */
final class SampleCases {

    static final String REFERENCE = "7KQ-M2X-D5C";
    static final Instant RECEIVED = Instant.parse("2026-12-23T15:30:00Z");
    static final Instant STAGE_ONE_DUE = Instant.parse("2027-01-13T00:00:00Z");
    static final Instant EXTENDED_DUE = Instant.parse("2027-01-27T00:00:00Z");
    static final Instant ESCALATION_WINDOW_ENDS = Instant.parse("2027-03-10T00:00:00Z");
    static final Instant STAGE_TWO_DUE = Instant.parse("2027-02-24T00:00:00Z");

    static final WorkingDayCalendar LONDON = new WorkingDayCalendar(ZoneId.of("Europe/London"),
            WorkingDayCalendar.ENGLAND_AND_WALES);
    static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-05T10:00:00Z"), ZoneOffset.UTC);

    private SampleCases() {
    }

    /** The staff of the tests' notices: an agent, the head and a manager with addresses; "nobody" has none. */
    static final StaffDirectory STAFF = new StaffDirectory(EnumSet.allOf(Notice.class), "head",
            Map.of("agent", new StaffDirectory.Person("agent@welzo.example", "Alex Agent"),
                    "head", new StaffDirectory.Person("head@welzo.example", "Harper Head"),
                    "manager", new StaffDirectory.Person("manager@welzo.example", "Dana"),
                    "nobody", new StaffDirectory.Person(null, "Nobody")),
            "https://klachten.example/");

    static LetterTemplates templates() {
        return new LetterTemplates(LONDON, TODAY, LetterTemplates.HEAD_OFFICE);
    }

    /** The same case as {@code view}, as complaint {@code complaintId} of {@code complainant}, at {@code version}. */
    static ComplaintView as(ComplaintView view, String complaintId, Complainant complainant, long version) {
        return new ComplaintView(complaintId, view.reference(), view.status(), view.stage(), view.channel(),
                view.category(), complainant, view.description(), view.orderNumber(), view.product(),
                view.receivedAt(), view.handler(), view.deadlines(), view.inquiries(), view.departmentManager(),
                view.outcome(), view.remedy(), view.rootCause(), view.escalationWindowEnds(), view.closureReason(),
                view.externalReferrals(), view.timeline(), version);
    }

    /** The same case with nobody handling it. */
    static ComplaintView unassigned(ComplaintView view) {
        return new ComplaintView(view.complaintId(), view.reference(), view.status(), view.stage(), view.channel(),
                view.category(), view.complainant(), view.description(), view.orderNumber(), view.product(),
                view.receivedAt(), null, view.deadlines(), view.inquiries(), view.departmentManager(), view.outcome(),
                view.remedy(), view.rootCause(), view.escalationWindowEnds(), view.closureReason(),
                view.externalReferrals(), view.timeline(), view.version());
    }

    /** The complaint {@code name} lodged, at the point where {@code letter} fits. */
    static ComplaintView at(LetterKind letter, String name) {
        return switch (letter) {
            case ACKNOWLEDGEMENT -> view(name, ComplaintStatus.UNDER_INVESTIGATION, Stage.ONE,
                    List.of(stageOne(STAGE_ONE_DUE)), null, null, null, null, List.of());
            case DEADLINE_EXTENSION -> view(name, ComplaintStatus.UNDER_INVESTIGATION, Stage.ONE,
                    List.of(stageOne(EXTENDED_DUE)), null, null, null, null,
                    List.of(step(3, "DeadlineExtended", "we are waiting for the laboratory's test results")));
            case STAGE_ONE_OUTCOME -> view(name, ComplaintStatus.RESOLVED_AT_STAGE_ONE, Stage.ONE,
                    List.of(stageOne(STAGE_ONE_DUE)), null, Outcome.PARTLY_UPHELD, "A refund of the second charge",
                    null, List.of());
            case ESCALATION_ACKNOWLEDGEMENT -> view(name, ComplaintStatus.UNDER_REVIEW, Stage.TWO,
                    List.of(stageOne(STAGE_ONE_DUE), new DeadlineView(DeadlineKind.STAGE_TWO_RESOLUTION, STAGE_TWO_DUE,
                            STAGE_TWO_DUE, null)), "Morgan Price (Warehouse)", Outcome.PARTLY_UPHELD,
                    "A refund of the second charge", null, List.of());
            case FINAL_RESPONSE -> view(name, ComplaintStatus.RESOLVED_AT_STAGE_TWO, Stage.TWO,
                    List.of(stageOne(STAGE_ONE_DUE)), "Morgan Price (Warehouse)", Outcome.UPHELD,
                    "A full refund and a replacement", null, List.of());
            case WITHDRAWAL_CONFIRMATION -> view(name, ComplaintStatus.WITHDRAWN, Stage.ONE, List.of(stageOne(STAGE_ONE_DUE)),
                    null, null, null, null, List.of(step(4, "ComplaintWithdrawn", null)));
            case CLOSURE_CONFIRMATION -> view(name, ComplaintStatus.CLOSED, Stage.ONE, List.of(stageOne(STAGE_ONE_DUE)),
                    null, Outcome.UPHELD, "A refund", "ACCEPTED_BY_CUSTOMER", List.of());
        };
    }

    static ComplaintView withStatus(ComplaintView view, ComplaintStatus status) {
        return new ComplaintView(view.complaintId(), view.reference(), status, view.stage(), view.channel(),
                view.category(), view.complainant(), view.description(), view.orderNumber(), view.product(),
                view.receivedAt(), view.handler(), view.deadlines(), view.inquiries(), view.departmentManager(),
                view.outcome(), view.remedy(), view.rootCause(), view.escalationWindowEnds(), view.closureReason(),
                view.externalReferrals(), view.timeline(), view.version());
    }

    private static DeadlineView stageOne(Instant due) {
        return new DeadlineView(DeadlineKind.STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, due, null);
    }

    private static TimelineEntry step(long sequence, String type, String text) {
        return new TimelineEntry(sequence, type, type, Instant.parse("2027-01-04T11:00:00Z"),
                Instant.parse("2027-01-04T11:00:00Z"), "agent", text);
    }

    private static ComplaintView view(String name, ComplaintStatus status, Stage stage, List<DeadlineView> deadlines,
                                      String manager, Outcome outcome, String remedy, String closureReason,
                                      List<TimelineEntry> timeline) {
        return new ComplaintView("web-1", REFERENCE, status, stage, Channel.WEB_FORM, Category.BILLING_AND_PAYMENT,
                new Complainant(name, "sam@example.org", null, null), "Charged twice", null, null, RECEIVED, "agent",
                deadlines, List.of(), manager, outcome, remedy, "Payment retried", ESCALATION_WINDOW_ENDS, closureReason,
                List.of(), new ArrayList<>(timeline), 7);
    }
}
