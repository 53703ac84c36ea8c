package uk.co.welzo.klachten.api.queue;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * One open complaint in the work queue, without personal data; overdue is judged when the queue is read.
 * {@code reviewManager} and {@code reviewDepartment}: to whom the escalation was forwarded (R4.2), null before that;
 * {@code reviewManagerUser} their user name, null also when it was forwarded before forwarding named a user.
 */
public record WorkQueueItemSummary(
        String complaintId,
        String reference,
        Stage stage,
        ComplaintStatus status,
        Category category,
        Channel channel,
        String handler,
        String reviewManager,
        String reviewManagerUser,
        String reviewDepartment,
        List<OpenInquirySummary> openInquiries,
        List<RunningDeadlineSummary> deadlines,
        Instant nextDue,
        boolean overdue) {
}
