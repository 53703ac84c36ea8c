package uk.co.welzo.klachten.api.trends;

import java.time.LocalDate;
import java.util.List;

/** One period's counts: all complaints received in it, and how many had each value (none counted under no value). */
public record TrendBucketSummary(
        String period,
        LocalDate start,
        long complaints,
        List<TrendCountSummary> counts) {
}
