package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A running deadline is near: occurredAt is the warning moment fixed when the deadline was set (SLA clock). */
@Revision("1")
public record DeadlineWarningIssued(
        ComplaintId complaintId,
        DeadlineKind deadline,
        InquiryId inquiryId,
        Instant due,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, DeadlineFact {
}
