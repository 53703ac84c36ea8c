package uk.co.welzo.klachten.api.trends;

import java.time.LocalDate;

/** One period's stage-1 resolutions, how many of them were escalated, and the rate (null when none was resolved). */
public record EscalationRateSummary(
        String period,
        LocalDate start,
        long resolvedAtStageOne,
        long escalated,
        Double rate) {
}
