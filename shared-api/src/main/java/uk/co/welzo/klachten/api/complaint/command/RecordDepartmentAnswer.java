package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** Record the answer a department gave to an earlier request (R3.2). */
public record RecordDepartmentAnswer(
        @TargetAggregateIdentifier ComplaintId complaintId,
        InquiryId inquiryId,
        String answer,
        Instant occurredAt,
        Actor actor) {
}
