package uk.co.welzo.klachten.api.complaint.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;

/**
 * Place a legal hold on complaint {@code complaintId} (R8.2): its personal data is kept whatever the retention policy
 * says, and an erasure request is refused, until the hold is released. {@code reason} says why (a claim, a regulator's
 * inquiry), without personal data.
 */
public record PlaceLegalHold(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        Actor actor,
        Set<Role> actorRoles) {
}
