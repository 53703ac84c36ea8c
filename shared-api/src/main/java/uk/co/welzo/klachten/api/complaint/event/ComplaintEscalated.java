package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;

/** The customer asked for escalation; its acknowledgement target and limit started (R4.1, R4.3). */
@Revision("1")
public record ComplaintEscalated(
        ComplaintId complaintId,
        @PersonalData String reason,
        Instant occurredAt,
        Instant recordedAt,
        Instant escalationAcknowledgementTarget,
        Instant escalationAcknowledgementLimit,
        Instant escalationAcknowledgementTargetWarningAt,
        Instant escalationAcknowledgementLimitWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
