package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** Something the customer had been told by the instant (acknowledgement, communications, resolutions). */
public record CustomerTold(
        long sequence,
        Instant occurredAt,
        Instant recordedAt,
        String channel,
        String what) {
}
