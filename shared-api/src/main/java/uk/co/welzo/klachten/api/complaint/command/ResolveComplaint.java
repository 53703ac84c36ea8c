package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Outcome;

/** Resolve the current stage with outcome, remedy and root cause (R3.5, R4.5). */
public record ResolveComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Outcome outcome,
        String remedy,
        String rootCause,
        boolean customerSignposted,
        Instant occurredAt,
        Actor actor) {
}
