package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** One event replayed into an as-at view, with both its business time and its recorded time. */
public record AsAtStep(
        long sequence,
        String type,
        Instant occurredAt,
        Instant recordedAt) {
}
