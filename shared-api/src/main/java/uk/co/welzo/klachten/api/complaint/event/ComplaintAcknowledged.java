package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;

/** The complaint was acknowledged; the stage-1 resolution deadline started (R2, R3.4). */
@Revision("1")
public record ComplaintAcknowledged(
        ComplaintId complaintId,
        CommunicationChannel channel,
        Instant occurredAt,
        Instant recordedAt,
        Instant stageOneResolutionDue,
        Instant stageOneResolutionWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
