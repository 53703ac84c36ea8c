package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.ComplaintId;

/** A complaint was taken off an improvement action's causes (R6.3). */
@Revision("1")
public record ComplaintUnlinkedFromAction(
        ImprovementActionId actionId,
        ComplaintId complaintId,
        String why,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
