package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;

/**
 * Resolve the current stage with outcome, remedy and root cause (R3.5, R4.5), naming the recorded communication that
 * told the customer the findings (R3.3); at stage 2 with the reviewing manager's review (R4.2), given by that manager
 * or the head of customer service, hence the actor's roles.
 */
public record ResolveComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Outcome outcome,
        String remedy,
        String rootCause,
        boolean customerSignposted,
        CommunicationId findingsCommunicatedIn,
        StageTwoReview review,
        Instant occurredAt,
        Actor actor,
        Set<Role> actorRoles) {
}
