package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event: its sequence number, type, what happened in a sentence, when it happened
 * (business time), when it was recorded, when the store wrote it, who did it and why, and its
 * payload fields (personal data included: only auditors read this, and every read is logged), and
 * the hash that chains it to the event before (null for an event stored before chaining).
 */
public record HistoryEntry(
        long sequence,
        String type,
        String summary,
        Instant occurredAt,
        Instant recordedAt,
        Instant storedAt,
        String actor,
        String reason,
        Map<String, Object> payload,
        String chainHash) {
}
