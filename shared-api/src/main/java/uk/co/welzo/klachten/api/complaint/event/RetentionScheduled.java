package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/**
 * The complaint ended (closed or withdrawn) and its personal data is to be erased after {@code eraseAfter}, under the
 * retention policy {@code retentionPolicy} in force when it ended (R8.2): computed when the complaint ended, as every
 * deadline is. A legal hold stops this clock; its release moves the moment on ({@link LegalHoldReleased}).
 */
@Revision("1")
public record RetentionScheduled(
        ComplaintId complaintId,
        Instant eraseAfter,
        String retentionPolicy,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
