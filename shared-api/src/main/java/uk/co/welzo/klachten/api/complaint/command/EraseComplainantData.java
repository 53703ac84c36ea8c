package uk.co.welzo.klachten.api.complaint.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;

/**
 * Erase the complainant's personal data from complaint {@code complaintId} (R8.2): their key is deleted, so every
 * stored text about them becomes unreadable, while the case's facts stay. The data-protection officer sends it on a
 * lawful request; the retention clock sends it, on {@link ErasureGround#RETENTION_PERIOD_ENDED}, once the retention
 * period after closure has passed. {@code requestReference} is the officer's own case reference (no personal data).
 */
public record EraseComplainantData(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ErasureGround ground,
        Requester requester,
        String requestReference,
        Actor actor,
        Set<Role> actorRoles) {
}
