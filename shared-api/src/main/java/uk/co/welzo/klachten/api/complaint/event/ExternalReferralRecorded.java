package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** The complaint was referred to an independent body (R7.1). */
@Revision("1")
public record ExternalReferralRecorded(
        ComplaintId complaintId,
        String body,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
