package uk.co.welzo.klachten.api.queue;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** A deadline still running: first and current due (R5.3), its warning moment, and any warning or breach recorded for the current due. */
public record RunningDeadlineSummary(
        DeadlineKind kind,
        String inquiryId,
        Instant originalDue,
        Instant currentDue,
        Instant warningAt,
        Instant warnedAt,
        Instant missedAt,
        boolean overdue) {
}
