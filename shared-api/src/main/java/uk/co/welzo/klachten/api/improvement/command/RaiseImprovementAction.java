package uk.co.welzo.klachten.api.improvement.command;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ProblemArea;

/** Raise an improvement action about a problem the complaints show (R6.2, R6.3), owned by a department's manager. */
public record RaiseImprovementAction(
        @TargetAggregateIdentifier ImprovementActionId actionId,
        String title,
        ProblemArea problem,
        String owningDepartment,
        // the owning manager's user name: who agrees, starts, completes and reviews it
        String owner,
        LocalDate due,
        Actor actor,
        Set<Role> actorRoles) {
}
