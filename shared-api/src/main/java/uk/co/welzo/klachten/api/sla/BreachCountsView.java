package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import java.util.List;

/** How many obligations of each kind are open past their current deadline at {@code asOf}; kinds with none left out. */
public record BreachCountsView(
        Instant asOf,
        long total,
        List<BreachCountSummary> kinds) {
}
