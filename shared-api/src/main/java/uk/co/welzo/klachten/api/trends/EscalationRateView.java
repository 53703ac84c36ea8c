package uk.co.welzo.klachten.api.trends;

import java.time.Instant;
import java.util.List;

/** The escalation rate over [from, to) in all and per period: escalated divided by resolved at stage 1 (R4.1). */
public record EscalationRateView(
        Instant from,
        Instant to,
        TrendPeriod period,
        long resolvedAtStageOne,
        long escalated,
        Double rate,
        List<EscalationRateSummary> buckets) {
}
