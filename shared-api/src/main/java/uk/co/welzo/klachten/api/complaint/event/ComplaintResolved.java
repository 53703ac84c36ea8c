package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;

/**
 * A stage was resolved; after stage 1 the escalation window runs until escalationWindowEnds (R3.5, R4.5). Revision 2
 * adds the communication that told the customer the findings and its channel ({@code LETTER} for a staff letter the
 * outbox sends, R3.3), and at stage 2 the reviewing manager's review (R4.2); all three are null in revision-1 events.
 */
@Revision("2")
public record ComplaintResolved(
        ComplaintId complaintId,
        Stage stage,
        Outcome outcome,
        @PersonalData String remedy,
        String rootCause,
        boolean customerSignposted,
        CommunicationId findingsCommunicatedIn,
        CommunicationChannel findingsChannel,
        @PersonalData StageTwoReview review,
        Instant occurredAt,
        Instant recordedAt,
        Instant escalationWindowEnds,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
