package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;

/** The complaint was closed. */
public record ComplaintClosed(
        ComplaintId complaintId,
        ClosureReason reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, EndsComplaint {
}
