package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Instant;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/** One letter in the outbox as staff see it: where it is on its way, never its body. */
record OutboxLetter(
        String key,
        String complaintId,
        LetterKind kind,
        LetterState state,
        int attempts,
        Instant recordedAt,
        Instant nextAttemptAt,
        String lastError,
        String templateVersion,
        String messageId,
        Instant sentAt) {

    static OutboxLetter of(OutboxEntry entry) {
        return new OutboxLetter(entry.id, entry.complaintId, entry.kind, entry.state, entry.attempts, entry.recordedAt,
                entry.nextAttemptAt, entry.lastError, entry.templateVersion, entry.messageId, entry.sentAt);
    }
}
