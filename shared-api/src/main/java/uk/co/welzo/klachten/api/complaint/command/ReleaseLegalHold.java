package uk.co.welzo.klachten.api.complaint.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;

/** Release the legal hold on complaint {@code complaintId}: its retention clock runs again (R8.2). */
public record ReleaseLegalHold(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        Actor actor,
        Set<Role> actorRoles) {
}
