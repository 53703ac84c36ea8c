package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** The owning manager (or the head) agrees to carry out the improvement action (R6.3). */
public record AgreeImprovementAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        Actor actor,
        Set<Role> actorRoles) {
}
