package uk.co.welzo.klachten.api.queue;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * Find one page of open complaints, soonest due first; a null filter matches everything, size 0 means the default.
 * {@code reviewDepartment}: only complaints forwarded to a manager of that department (R4.2), compared without case
 * and surrounding spaces. {@code reviewManagerUser}: only complaints forwarded to that manager by their user name (a
 * manager's "my escalations", R4.2); given together with {@code reviewDepartment}, also those forwarded to that
 * department before forwarding named a user (their reviewer is any manager of the department).
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
        String reviewManagerUser,
        int page,
        int size) {

    /** Without the reviewing manager's user name: every filter but "my escalations". */
    public FindWorkQueue(Stage stage, ComplaintStatus status, String handler, Category category, Channel channel,
            Boolean overdue, Instant dueBefore, String reviewDepartment, int page, int size) {
        this(stage, status, handler, category, channel, overdue, dueBefore, reviewDepartment, null, page, size);
    }
}
