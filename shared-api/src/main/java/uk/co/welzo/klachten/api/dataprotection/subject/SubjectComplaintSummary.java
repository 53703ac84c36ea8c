package uk.co.welzo.klachten.api.dataprotection.subject;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;

/**
 * One complaint a data subject's identifiers found, and by which of them ({@code matchedOn}: email, phone, name);
 * {@code personalDataErasedAt} is set once their personal data on it was erased (R8.2).
 */
public record SubjectComplaintSummary(
        String complaintId,
        String reference,
        ComplaintStatus status,
        Instant receivedAt,
        Instant personalDataErasedAt,
        List<String> matchedOn) {
}
