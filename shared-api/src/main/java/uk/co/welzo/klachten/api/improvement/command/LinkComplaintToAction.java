package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.ComplaintId;

/** Link a complaint to an improvement action as one of its causes (R6.3), saying why. */
public record LinkComplaintToAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        ComplaintId complaintId,
        String why,
        Actor actor,
        Set<Role> actorRoles) {
}
