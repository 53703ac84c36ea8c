package uk.co.welzo.klachten.api.trends;

import java.time.Instant;
import java.util.List;

/** Response times per category for the complaints received in [from, to) (R6.1). */
public record ResponseTimesView(
        Instant from,
        Instant to,
        List<CategoryResponseTimesSummary> categories) {
}
