package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Give up an improvement action before it is done, with the reason (R6.3). */
public record DropImprovementAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        String reason,
        Actor actor,
        Set<Role> actorRoles) {
}
