package uk.co.welzo.klachten.api.queue;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * Find one page of open complaints, soonest due first; a null filter matches everything, size 0 means the default.
 * {@code reviewDepartment}: only complaints forwarded to a manager of that department (R4.2), compared without case
 * and surrounding spaces.
 */
public record FindWorkQueue(
        Stage stage,
        ComplaintStatus status,
        String handler,
        Category category,
        Channel channel,
        Boolean overdue,
        Instant dueBefore,
        String reviewDepartment,
        int page,
        int size) {
}
