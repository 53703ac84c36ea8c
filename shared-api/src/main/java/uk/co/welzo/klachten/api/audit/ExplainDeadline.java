package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** Asks how one deadline of a complaint came about and how it stood at an instant (inquiryId for a department response). */
public record ExplainDeadline(ComplaintId complaintId, DeadlineKind kind, String inquiryId, Instant at) {
}
