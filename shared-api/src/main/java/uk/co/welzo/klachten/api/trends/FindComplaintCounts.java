package uk.co.welzo.klachten.api.trends;

import java.time.Instant;

/** Find how many complaints received in [from, to) fall under each value of a dimension, per period. */
public record FindComplaintCounts(
        TrendDimension dimension,
        TrendPeriod period,
        Instant from,
        Instant to) {
}
