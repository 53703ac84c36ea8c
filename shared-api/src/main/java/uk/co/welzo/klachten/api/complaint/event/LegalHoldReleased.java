package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;

/**
 * The legal hold was released (R8.2). The retention clock, stopped while the hold was in force, runs again:
 * {@code eraseAfter} is the moment the personal data is now erased, the earlier one moved on by the time the hold
 * stopped the clock (null while the complaint has not ended and no retention clock runs).
 */
@Revision("1")
public record LegalHoldReleased(
        ComplaintId complaintId,
        @PersonalData String reason,
        Instant eraseAfter,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
