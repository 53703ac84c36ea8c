package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/**
 * One obligation's clock: when it started, its original and current deadline, its warning and breach, how it ended
 * (R5.3) and the time it took (R6.1). {@code hoursTaken}: clock hours from the start to when it was met or stopped,
 * or to now while it runs, rounded to two decimals. {@code workingDaysTaken}: the working days (England and Wales,
 * London dates) after the start date up to and including that end date, counted as the procedure counts its
 * deadlines, so a working-day obligation of N days was met in time exactly when it took at most N.
 */
public record SlaClockView(
        DeadlineKind kind,
        String inquiryId,
        Instant startedAt,
        Instant originalDue,
        Instant currentDue,
        Instant warningAt,
        Instant warnedAt,
        Instant missedAt,
        Instant metAt,
        Instant stoppedAt,
        String policyVersion,
        ClockVerdict verdict,
        Boolean metOriginalDeadline,
        Boolean metCurrentDeadline,
        double hoursTaken,
        int workingDaysTaken) {
}
