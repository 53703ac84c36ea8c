package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;

/** One step in an improvement action's history: what was done (the event's name), by whom, when, and its words. */
public record ImprovementStepSummary(
        long sequence,
        String step,
        String actor,
        Instant at,
        String detail) {
}
