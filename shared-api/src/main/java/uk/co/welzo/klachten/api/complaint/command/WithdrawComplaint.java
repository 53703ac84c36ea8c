package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** Record that the customer withdrew the complaint. */
public record WithdrawComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        Instant occurredAt,
        Actor actor) {
}
