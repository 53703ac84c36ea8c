package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import java.util.List;

/** Every current breach judged at {@code asOf}, longest overdue first. */
public record CurrentBreachesView(
        Instant asOf,
        List<SlaBreachSummary> breaches) {
}
