package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.ClockVerdict;

/**
 * How a deadline came about: the event that set it (decision time, policy version), the London days
 * it counted across and the weekends and bank holidays it skipped, every extension, the warning and
 * breach recorded, when it was met, and its verdict at the instant against the current and the
 * original deadline (R5.3).
 */
public record DeadlineExplanation(
        String complaintId,
        DeadlineKind kind,
        String inquiryId,
        long setBySequence,
        String setByEvent,
        Instant decidedAt,
        String policyVersion,
        Instant originalDue,
        LocalDate countedFrom,
        LocalDate lastDay,
        List<LocalDate> nonWorkingDaysSkipped,
        List<ExtensionStep> extensions,
        Instant currentDue,
        Instant warningIssuedAt,
        Instant missedRecordedAt,
        Instant metAt,
        Long metBySequence,
        Instant judgedAt,
        ClockVerdict verdict,
        ClockVerdict verdictAgainstOriginal) {
}
