package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** One obligation's clock: when it started, its original and current deadline, its warning and breach, and how it ended (R5.3). */
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
        Boolean metCurrentDeadline) {
}
