package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** One extension of a deadline (R5.1): from, to, why, by whom. */
public record ExtensionStep(
        long sequence,
        Instant previousDue,
        Instant newDue,
        String reason,
        String actor,
        Instant occurredAt,
        Instant recordedAt) {
}
