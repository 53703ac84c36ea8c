package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;

/** The customer withdrew the complaint. */
@Revision("1")
public record ComplaintWithdrawn(
        ComplaintId complaintId,
        @PersonalData String reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, EndsComplaint {
}
