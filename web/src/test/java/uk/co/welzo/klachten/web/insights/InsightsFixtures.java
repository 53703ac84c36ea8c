package uk.co.welzo.klachten.web.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.CurrentBreachPageView;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.api.sla.SlaComplianceSummary;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.api.sla.SlaShare;
import uk.co.welzo.klachten.api.trends.CategoryResponseTimesSummary;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.EscalationRateSummary;
import uk.co.welzo.klachten.api.trends.EscalationRateView;
import uk.co.welzo.klachten.api.trends.RecurringSummary;
import uk.co.welzo.klachten.api.trends.RecurringView;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/** What the trends and SLA read models answer, for the dashboard's tests: figures, labels and references only. */
final class InsightsFixtures {

    static final Instant FROM = Instant.parse("2026-06-30T23:00:00Z"); // 1 July 2026, London (BST)
    static final Instant TO = Instant.parse("2026-07-31T23:00:00Z");   // 1 August 2026, London

    /** Labels typed by people, which a spreadsheet would read as formulas, or which need quoting. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String PLUS = "+44 cuff";
    static final String AT = "@SUM(A1:A9)";
    static final String COMMA = "Cuff, \"large\"";

    private InsightsFixtures() {
    }

    static ComplaintCountsView counts(TrendDimension dimension, TrendPeriod period) {
        return new ComplaintCountsView(dimension, period, FROM, TO, List.of(
                new TrendBucketSummary("2026-07", LocalDate.parse("2026-07-01"), 7, List.of(
                        new TrendCountSummary("PRODUCT_DEFECT", "PRODUCT_DEFECT", 4),
                        new TrendCountSummary("BILLING_AND_PAYMENT", "BILLING_AND_PAYMENT", 2)))));
    }

    static ResponseTimesView responseTimes() {
        return new ResponseTimesView(FROM, TO, List.of(
                new CategoryResponseTimesSummary(Category.PRODUCT_DEFECT, 4, 3, 10.25, 30.0, 2, 120.5, 200.0),
                new CategoryResponseTimesSummary(Category.SERVICE, 1, 0, null, null, 0, null, null)));
    }

    static EscalationRateView escalationRate(TrendPeriod period) {
        return new EscalationRateView(FROM, TO, period, 4, 1, 0.25,
                List.of(new EscalationRateSummary("2026-07", LocalDate.parse("2026-07-01"), 4, 1, 0.25)));
    }

    static SlaComplianceView compliance(SlaPeriod period) {
        SlaShare none = SlaShare.of(0, 0);
        return new SlaComplianceView(period, FROM, TO, Instant.parse("2026-08-02T10:00:00Z"), List.of(
                new SlaComplianceSummary(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31"),
                        SlaShare.of(9, 10), SlaShare.of(3, 4), SlaShare.of(4, 4), none, none, none, none)));
    }

    static RecurringView recurring(TrendDimension dimension) {
        return new RecurringView(dimension, Instant.parse("2026-05-30T23:00:00Z"), FROM, TO, List.of(
                new RecurringSummary("bp monitor", "BP Monitor", 5, 2, 3, "action-1"),
                new RecurringSummary("formula", FORMULA, 2, 5, -3, null),
                new RecurringSummary("plus", PLUS, 1, 0, 1, null),
                new RecurringSummary("at", AT, 1, 0, 1, null),
                new RecurringSummary("comma", COMMA, 1, 1, 0, null)));
    }

    static BreachCountsView breachCounts() {
        return new BreachCountsView(Instant.parse("2026-08-02T10:00:00Z"), 3, List.of(
                new BreachCountSummary(DeadlineKind.ACKNOWLEDGEMENT, 2),
                new BreachCountSummary(DeadlineKind.STAGE_ONE_RESOLUTION, 1)));
    }

    /** A page of {@code size} of 120 breaches; every one has the same figures, only the reference differs. */
    static CurrentBreachPageView breachPage(DeadlineKind kind, int page, int size) {
        long total = 120;
        List<SlaBreachSummary> breaches = java.util.stream.LongStream
                .range((long) page * size, Math.min(total, (long) (page + 1) * size))
                .mapToObj(n -> new SlaBreachSummary("c-" + n, n == 0 ? "7KQ-M2X-D5R" : "REF-" + n,
                        kind == null ? DeadlineKind.ACKNOWLEDGEMENT : kind, null,
                        Instant.parse("2026-07-30T09:00:00Z"), Instant.parse("2026-07-30T09:00:00Z"),
                        Instant.parse("2026-07-30T09:00:01Z"), 73.0)).toList();
        return new CurrentBreachPageView(Instant.parse("2026-08-02T10:00:00Z"), total, page, size, breaches);
    }
}
