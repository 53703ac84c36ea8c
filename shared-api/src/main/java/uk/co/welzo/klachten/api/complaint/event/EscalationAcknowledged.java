package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;

/** The escalation was acknowledged and given to a department manager; the stage-2 deadline started (R4.2, R4.4). */
@Revision("1")
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
