package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.ComplaintId;

/** Take a complaint off an improvement action's causes, saying why (R6.3). */
public record UnlinkComplaintFromAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        ComplaintId complaintId,
        String why,
        Actor actor,
        Set<Role> actorRoles) {
}
