package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;

/** A complaint was lodged, given a reference number, an acknowledgement deadline and the moment to warn before it (R1, R2). */
@Revision("1")
public record ComplaintLodged(
        ComplaintId complaintId,
        ReferenceNumber reference,
        Channel channel,
        Category category,
        @PersonalData Complainant complainant,
        @PersonalData String description,
        @PersonalData String orderNumber,
        String product,
        Instant occurredAt,
        Instant recordedAt,
        Instant acknowledgementDue,
        Instant acknowledgementWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
