package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;

/** The improvement action was given up before it was done, in the state it was in, with the reason. */
@Revision("1")
public record ImprovementActionDropped(
        ImprovementActionId actionId,
        String reason,
        ImprovementState droppedWhile,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
