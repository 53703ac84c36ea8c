package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;

/**
 * The complainant's personal data on this complaint was erased (R8.2): their key is gone, so every text marked
 * {@code @PersonalData} in this complaint's events reads as erased from now on, in every read model, letter, export and
 * history. The case's facts, dates, deadlines, outcome and root cause stay. Records the lawful ground, who asked (a
 * kind, not a name) and the data-protection officer's reference.
 */
@Revision("1")
public record PersonalDataErased(
        ComplaintId complaintId,
        ErasureGround ground,
        Requester requester,
        String requestReference,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
