package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** Escalate a stage-1 resolution at the customer's request (R4.1). */
public record EscalateComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        Instant occurredAt,
        Actor actor) {
}
