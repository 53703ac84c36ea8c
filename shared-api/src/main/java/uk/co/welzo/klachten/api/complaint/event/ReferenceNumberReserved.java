package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;

/** A reference number was reserved for one complaint, so no other can have it (R2.2). */
@Revision("1")
public record ReferenceNumberReserved(
        ReferenceNumber reference,
        ComplaintId complaintId,
        Instant recordedAt) {
}
