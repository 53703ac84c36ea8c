package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** The running resolution deadline was extended; the original stays on record (R5). */
@Revision("1")
public record DeadlineExtended(
        ComplaintId complaintId,
        DeadlineKind deadline,
        Instant originalDue,
        Instant previousDue,
        Instant newDue,
        Instant newWarningAt,
        @PersonalData String reason,
        CommunicationId communicationId,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
