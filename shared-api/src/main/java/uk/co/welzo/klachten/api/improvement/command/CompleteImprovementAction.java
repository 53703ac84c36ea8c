package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** The improvement action is done: what was done (R6.3). */
public record CompleteImprovementAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        String whatWasDone,
        Actor actor,
        Set<Role> actorRoles) {
}
