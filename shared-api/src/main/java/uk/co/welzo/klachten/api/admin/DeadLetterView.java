package uk.co.welzo.klachten.api.admin;

import java.time.Instant;

/**
 * One event parked in a processing group's dead-letter queue: the event itself (type, complaint,
 * aggregate sequence number), why it failed (null for an event that only waits behind a failed
 * one), when it was parked, when it was last tried, and how many retries have failed.
 */
public record DeadLetterView(String eventId, String eventType, String aggregateId, Long sequenceNumber,
                             String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                             int retries) {
}
