package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;
import java.util.List;

/** Complaints about the problem received in [from, to): in all, per month on average, and per London month. */
public record EffectWindowSummary(
        Instant from,
        Instant to,
        long complaints,
        double perMonth,
        List<EffectMonthSummary> months) {

    public EffectWindowSummary {
        months = List.copyOf(months);
    }
}
