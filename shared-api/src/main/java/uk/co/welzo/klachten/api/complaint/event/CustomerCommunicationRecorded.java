package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;

/** A communication with the customer was recorded (R3.3, R5.2). */
@Revision("1")
public record CustomerCommunicationRecorded(
        ComplaintId complaintId,
        CommunicationId communicationId,
        CommunicationChannel channel,
        Direction direction,
        @PersonalData String summary,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
