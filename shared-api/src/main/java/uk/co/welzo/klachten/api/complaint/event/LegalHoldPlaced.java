package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;

/** A legal hold was placed on the complaint: its personal data is not erased, by policy or request, until released (R8.2). */
@Revision("1")
public record LegalHoldPlaced(
        ComplaintId complaintId,
        @PersonalData String reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
