package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;

/** Close a resolved complaint: accepted, escalation window lapsed, or final response given. */
public record CloseComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ClosureReason reason,
        Instant occurredAt,
        Actor actor) {
}
