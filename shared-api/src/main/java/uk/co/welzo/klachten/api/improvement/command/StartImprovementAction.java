package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Work on the improvement action starts (R6.3). */
public record StartImprovementAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        Actor actor,
        Set<Role> actorRoles) {
}
