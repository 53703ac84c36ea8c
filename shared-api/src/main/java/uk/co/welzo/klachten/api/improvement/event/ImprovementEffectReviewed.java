package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** The effect of the done improvement action on the complaints was reviewed: what was found. */
@Revision("1")
public record ImprovementEffectReviewed(
        ImprovementActionId actionId,
        String finding,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
