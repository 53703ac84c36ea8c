package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;

/** One step in a complaint's history, summarised for staff. */
public record TimelineEntry(
        long sequence,
        String type,
        String summary,
        Instant occurredAt,
        Instant recordedAt,
        String actor) {
}
