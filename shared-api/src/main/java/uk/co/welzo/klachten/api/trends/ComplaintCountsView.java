package uk.co.welzo.klachten.api.trends;

import java.time.Instant;
import java.util.List;

/** Complaint counts by one dimension, one bucket per period from the first to the last London date of [from, to). */
public record ComplaintCountsView(
        TrendDimension dimension,
        TrendPeriod period,
        Instant from,
        Instant to,
        List<TrendBucketSummary> buckets) {
}
