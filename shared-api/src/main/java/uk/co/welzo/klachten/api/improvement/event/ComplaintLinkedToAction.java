package uk.co.welzo.klachten.api.improvement.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.ComplaintId;

/** A complaint was linked to an improvement action as one of its causes (R6.3). */
@Revision("1")
public record ComplaintLinkedToAction(
        ImprovementActionId actionId,
        ComplaintId complaintId,
        String why,
        Instant recordedAt,
        Actor actor) implements ImprovementActionEvent {
}
