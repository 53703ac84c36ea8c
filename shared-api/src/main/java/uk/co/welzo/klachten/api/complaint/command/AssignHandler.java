package uk.co.welzo.klachten.api.complaint.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;

/** Assign or reassign the member of the customer-service team who investigates (R3.1). */
public record AssignHandler(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String handler,
        Actor actor) {
}
