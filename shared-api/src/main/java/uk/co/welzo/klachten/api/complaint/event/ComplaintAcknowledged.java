package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;

/**
 * The complaint was acknowledged to the customer by {@code channel}, giving them {@code reference} for tracking (R2,
 * R2.2); the stage-1 resolution deadline started (R3.4). Revision 2 added {@code reference}: an acknowledgement stored
 * before it reads with none, and the reference it gave is the one the complaint was lodged with.
 */
@Revision("2")
public record ComplaintAcknowledged(
        ComplaintId complaintId,
        ReferenceNumber reference,
        CommunicationChannel channel,
        Instant occurredAt,
        Instant recordedAt,
        Instant stageOneResolutionDue,
        Instant stageOneResolutionWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
