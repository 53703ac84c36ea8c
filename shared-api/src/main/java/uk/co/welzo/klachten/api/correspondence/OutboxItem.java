package uk.co.welzo.klachten.api.correspondence;

import java.time.Instant;

/**
 * One letter to the customer ({@code kind}) or notice to staff ({@code notice}, to {@code recipient}) in the outbox, of
 * the complaint {@code complaintId} (its {@code reference} once the sender has looked the case up, else null),
 * without its body: where it stands ({@code state}: PENDING, SENDING, HELD, NEEDS_POST, PARKED, SENT, or CANCELLED when
 * the complainant's personal data was erased before it went), its attempts and
 * last error, and once sent its template version, Message-ID and time.
 */
public record OutboxItem(
        String key,
        String complaintId,
        String reference,
        LetterKind kind,
        String notice,
        String recipient,
        String state,
        int attempts,
        Instant recordedAt,
        Instant nextAttemptAt,
        String lastError,
        String templateVersion,
        String messageId,
        Instant sentAt) {
}
