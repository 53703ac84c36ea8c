package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** The improvement action was done: what was done; its effect can be reviewed from now on. */
@Revision("1")
public record ImprovementActionCompleted(
        ImprovementActionId actionId,
        String whatWasDone,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
