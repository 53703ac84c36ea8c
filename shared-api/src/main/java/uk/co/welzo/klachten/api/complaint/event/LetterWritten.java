package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * Staff wrote the case-specific part of a letter to the customer, to be sent by the service and recorded, once sent, as
 * the {@link CustomerCommunicationRecorded} under {@code communicationId} (R3.3, R4.5). Until then the customer has been
 * told nothing by it.
 */
// signposting names the independent bodies the customer may turn to (R4.5, R7.1), not the customer: not personal data,
// and chain version 1 hashed it in clear, so erasing it would leave those events uncheckable
@Revision("1")
public record LetterWritten(
        ComplaintId complaintId,
        CommunicationId communicationId,
        LetterKind kind,
        @PersonalData String findings,
        @PersonalData String remedy,
        String signposting,
        String language,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
