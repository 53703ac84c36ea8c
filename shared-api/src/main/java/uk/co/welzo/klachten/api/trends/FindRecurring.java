package uk.co.welzo.klachten.api.trends;

import java.time.Duration;
import java.time.Instant;

/** Find the top products or root causes of the window ending at windowEnd, compared with the window just before it. */
public record FindRecurring(
        TrendDimension dimension,
        Instant windowEnd,
        Duration window,
        int top) {
}
