package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** The customer withdrew the complaint. */
public record ComplaintWithdrawn(
        ComplaintId complaintId,
        String reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, EndsComplaint {
}
