package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;

/** Acknowledge the escalation, naming the department manager who reviews it (R4.2, R4.3). */
public record AcknowledgeEscalation(
        @TargetAggregateIdentifier ComplaintId complaintId,
        DepartmentManager departmentManager,
        Instant occurredAt,
        Actor actor) {
}
