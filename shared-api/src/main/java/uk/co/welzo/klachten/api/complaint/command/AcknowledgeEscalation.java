package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;

/**
 * Acknowledge the escalation and forward it to the department manager who reviews it, by their user name (R4.2, R4.3):
 * the head of customer service's step, so the command carries the roles of its actor.
 */
public record AcknowledgeEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        DepartmentManager departmentManager,
        Instant occurredAt,
        Actor actor,
        Set<Role> actorRoles) {
}
