package uk.co.welzo.klachten.api.improvement.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Record what the done improvement action changed in the complaints (R6.3). */
public record ReviewImprovementEffect(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        String finding,
        Actor actor,
        Set<Role> actorRoles) {
}
