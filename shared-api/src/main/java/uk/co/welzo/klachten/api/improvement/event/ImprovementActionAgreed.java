package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** The owning manager (or the head) agreed to carry out the improvement action. */
@Revision("1")
public record ImprovementActionAgreed(
        ImprovementActionId actionId,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
