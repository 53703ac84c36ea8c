package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A department answered an earlier request for input (R3.2). */
@Revision("1")
public record DepartmentInputReceived(
        ComplaintId complaintId,
        InquiryId inquiryId,
        Department department,
        @PersonalData String answer,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor) implements ComplaintEvent {
}
