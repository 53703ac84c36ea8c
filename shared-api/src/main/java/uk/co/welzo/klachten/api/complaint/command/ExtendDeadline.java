package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;

/** Extend the running resolution deadline to a later London date, telling the customer why (R5). */
public record ExtendDeadline(
        @TargetAggregateIdentifier ComplaintId complaintId,
        LocalDate newDeadline,
        String reason,
        CommunicationId communicationId,
        CommunicationChannel channel,
        String summary,
        Instant occurredAt,
        Actor actor) {
}
