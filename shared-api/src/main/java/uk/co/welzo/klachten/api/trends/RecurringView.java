package uk.co.welzo.klachten.api.trends;

import java.time.Instant;
import java.util.List;

/** The most recurring values of [windowStart, windowEnd), most complaints first, against [previousWindowStart, windowStart). */
public record RecurringView(
        TrendDimension dimension,
        Instant previousWindowStart,
        Instant windowStart,
        Instant windowEnd,
        List<RecurringSummary> items) {
}
