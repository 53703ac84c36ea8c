package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;

/** The complaint was closed. */
@Revision("1")
public record ComplaintClosed(
        ComplaintId complaintId,
        ClosureReason reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, EndsComplaint {
}
