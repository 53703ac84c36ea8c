package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;

/** The complaint moved to another category; the previous one is kept (R1.2). */
@Revision("1")
public record ComplaintRecategorised(
        ComplaintId complaintId,
        Category previousCategory,
        Category category,
        @PersonalData String reason,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
