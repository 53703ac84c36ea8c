package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;

/** A stage was resolved; after stage 1 the escalation window runs until escalationWindowEnds (R3.5, R4.5). */
@Revision("1")
public record ComplaintResolved(
        ComplaintId complaintId,
        Stage stage,
        Outcome outcome,
        String remedy,
        String rootCause,
        boolean customerSignposted,
        Instant occurredAt,
        Instant recordedAt,
        Instant escalationWindowEnds,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
