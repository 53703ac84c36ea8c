package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;

/** Acknowledge a complaint to the customer with its reference number (R2). */
public record AcknowledgeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        CommunicationChannel channel,
        Instant occurredAt,
        Actor actor) {
}
