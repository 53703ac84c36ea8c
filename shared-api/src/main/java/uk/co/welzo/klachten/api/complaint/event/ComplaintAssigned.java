package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** The complaint was assigned to a handler (previousHandler null on first assignment). */
@Revision("1")
public record ComplaintAssigned(
        ComplaintId complaintId,
        String handler,
        String previousHandler,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
