package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;

/**
 * The escalation was acknowledged and forwarded to a department manager; the stage-2 deadline started (R4.2, R4.4).
 * Revision 2: the manager carries their user name (null in revision-1 events).
 */
@Revision("2")
public record EscalationAcknowledged(
        ComplaintId complaintId,
        DepartmentManager departmentManager,
        Instant occurredAt,
        Instant recordedAt,
        Instant stageTwoResolutionDue,
        Instant stageTwoResolutionWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
