package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A deadline passed with its obligation still open: occurredAt is the deadline itself (SLA clock, R5.3). */
@Revision("1")
public record DeadlineMissed(
        ComplaintId complaintId,
        DeadlineKind deadline,
        InquiryId inquiryId,
        Instant due,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent, DeadlineFact {
}
