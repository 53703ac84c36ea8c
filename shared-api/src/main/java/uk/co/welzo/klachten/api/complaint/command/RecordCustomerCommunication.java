package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;

/** Record a communication with the customer: channel, direction and summary (R3.3). */
public record RecordCustomerCommunication(
        @TargetAggregateIdentifier ComplaintId complaintId,
        CommunicationId communicationId,
        CommunicationChannel channel,
        Direction direction,
        String summary,
        Instant occurredAt,
        Actor actor) {
}
