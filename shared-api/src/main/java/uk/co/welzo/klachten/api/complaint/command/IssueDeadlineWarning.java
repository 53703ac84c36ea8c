package uk.co.welzo.klachten.api.complaint.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** Warn that a running deadline is near, if it still runs with this due moment and no warning was issued for it (SLA clock). */
public record IssueDeadlineWarning(
        @TargetAggregateIdentifier ComplaintId complaintId,
        DeadlineKind deadline,
        InquiryId inquiryId,
        Instant due,
        Actor actor) {
}
