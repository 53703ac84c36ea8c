package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** Ask a department or third party for input on the complaint (R3.2). */
public record RequestDepartmentInput(
        @TargetAggregateIdentifier ComplaintId complaintId,
        InquiryId inquiryId,
        Department department,
        String question,
        Instant occurredAt,
        Actor actor) {
}
