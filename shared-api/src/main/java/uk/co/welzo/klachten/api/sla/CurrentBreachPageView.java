package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import java.util.List;

/** One page of the current breaches judged at {@code asOf}, longest overdue first, and how many there are in all. */
public record CurrentBreachPageView(
        Instant asOf,
        long total,
        int page,
        int size,
        List<SlaBreachSummary> breaches) {
}
