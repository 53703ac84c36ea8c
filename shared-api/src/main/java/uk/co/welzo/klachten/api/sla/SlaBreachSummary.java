package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** An obligation still open past its current deadline: when it was due, when the breach was recorded (null until the alarm clock records it) and how long it is overdue. No personal data. */
public record SlaBreachSummary(
        String complaintId,
        String reference,
        DeadlineKind kind,
        String inquiryId,
        Instant originalDue,
        Instant due,
        Instant missedAt,
        double hoursOverdue) {
}
