package uk.co.welzo.klachten.api.improvement.event;

import java.time.LocalDate;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ProblemArea;

/** An improvement action was raised about a problem, owned by a department's manager, due on a London date (R6.3). */
@Revision("1")
public record ImprovementActionRaised(
        ImprovementActionId actionId,
        String title,
        ProblemArea problem,
        String owningDepartment,
        String owner,
        LocalDate due,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
