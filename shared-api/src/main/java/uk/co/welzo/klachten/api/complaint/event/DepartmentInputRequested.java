package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A department or third party was asked for input, to answer by responseDue (R3.2; policy: 3 working days). */
@Revision("1")
public record DepartmentInputRequested(
        ComplaintId complaintId,
        InquiryId inquiryId,
        Department department,
        @PersonalData String question,
        Instant occurredAt,
        Instant recordedAt,
        Instant responseDue,
        Instant responseWarningAt,
        String policyVersion,
        Actor actor) implements ComplaintEvent {
}
