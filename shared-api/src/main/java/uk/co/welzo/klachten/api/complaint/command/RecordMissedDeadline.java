package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** Record that a deadline passed with its obligation still open, if it still runs with this due moment (SLA clock). */
public record RecordMissedDeadline(
        @TargetAggregateIdentifier ComplaintId complaintId,
        DeadlineKind deadline,
        InquiryId inquiryId,
        Instant due,
        Actor actor) {
}
