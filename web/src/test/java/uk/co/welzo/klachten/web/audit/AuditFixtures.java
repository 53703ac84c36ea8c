package uk.co.welzo.klachten.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.AsAtStep;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.ChainBreak;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.DeadlineInForce;
import uk.co.welzo.klachten.api.audit.ExtensionStep;
import uk.co.welzo.klachten.api.audit.HistoryEntry;
import uk.co.welzo.klachten.api.audit.ReturnsView;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.sla.ClockVerdict;

/** The record of one complaint as the audit queries answer it, for the auditors' pages' tests. */
final class AuditFixtures {

    static final String ID = "c-1";
    static final String REFERENCE = "7KQ-M2X-D5R";
    static final Instant LODGED = Instant.parse("2026-12-24T09:00:00Z");

    private AuditFixtures() {
    }

    static CaseHistoryView history(boolean erased) {
        Map<String, Object> lodged = new LinkedHashMap<>();
        lodged.put("category", "PRODUCT_DEFECT");
        lodged.put("name", erased ? PersonalData.ERASED : "Ann <b>Example</b>");
        lodged.put("description", "<script>alert('x')</script>");
        HistoryEntry first = new HistoryEntry(0, "ComplaintLodged", "Complaint lodged by web form", LODGED,
                LODGED.plusSeconds(30), LODGED.plusSeconds(31), "web-form", null, lodged, "h0");
        HistoryEntry second = new HistoryEntry(1, "ComplaintAcknowledged", "Complaint acknowledged",
                Instant.parse("2026-12-24T10:00:00Z"), Instant.parse("2027-07-01T09:00:00Z"),
                Instant.parse("2027-07-01T09:00:01Z"), "agent", "letter sent on the day", Map.of(), "h1");
        List<HistoryEntry> events = erased
                ? List.of(first, second, new HistoryEntry(2, "PersonalDataErased", "Personal data erased",
                        Instant.parse("2027-07-02T09:00:00Z"), Instant.parse("2027-07-02T09:00:00Z"),
                        Instant.parse("2027-07-02T09:00:00Z"), "dpo", "consent withdrawn", Map.of(), "h2"))
                : List.of(first, second);
        return new CaseHistoryView(ID, REFERENCE, events);
    }

    static ChainVerification intact() {
        return new ChainVerification(ID, true, 2, 0, "h1", null);
    }

    static ChainVerification broken() {
        return new ChainVerification(ID, false, 2, 0, null, new ChainBreak(1, "e-1", "its hash does not match its content"));
    }

    static CaseAsAtView asAt(Instant at, AsAtBasis basis) {
        return new CaseAsAtView(ID, REFERENCE, at, basis, ComplaintStatus.UNDER_INVESTIGATION, Stage.ONE,
                Category.PRODUCT_DEFECT, "agent",
                List.of(new DeadlineInForce(DeadlineKind.STAGE_ONE_RESOLUTION, null,
                        Instant.parse("2027-01-13T00:00:00Z"), Instant.parse("2027-01-20T00:00:00Z"), null, "2026-1",
                        true, false)),
                List.of(), List.of(), List.of(new AsAtStep(0, "ComplaintLodged", LODGED, LODGED.plusSeconds(30))));
    }

    static DeadlineExplanation stageOne() {
        return new DeadlineExplanation(ID, DeadlineKind.STAGE_ONE_RESOLUTION, null, 1, "ComplaintAcknowledged",
                Instant.parse("2026-12-24T10:00:00Z"), "2026-1", Instant.parse("2027-01-13T00:00:00Z"),
                LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-12"),
                List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2026-12-27"),
                        LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-01")),
                List.of(new ExtensionStep(4, Instant.parse("2027-01-13T00:00:00Z"), Instant.parse("2027-01-20T00:00:00Z"),
                        "waiting for the <lab>", "agent", Instant.parse("2027-01-08T10:00:00Z"),
                        Instant.parse("2027-01-08T10:00:00Z"))),
                Instant.parse("2027-01-20T00:00:00Z"), null, null, null, null, Instant.parse("2027-01-15T12:00:00Z"),
                ClockVerdict.RUNNING, ClockVerdict.MISSED);
    }

    static ReturnsView returns(Map<String, Integer> byOutcome) {
        return new ReturnsView(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-02-01T09:00:00Z"), 12, 9, 2, 1, byOutcome, Map.of("within 10 working days", 7));
    }
}
