package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Work on the improvement action started. */
@Revision("1")
public record ImprovementActionStarted(
        ImprovementActionId actionId,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
