package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/**
 * A deadline now running, with the moment to warn before it. The original due stays known after
 * extensions (R5.3); whether the SLA clock already warned or recorded a breach holds for the
 * current due only, so an extension starts a fresh warning and breach (R5.1).
 */
record RunningDeadline(DeadlineKind kind, InquiryId inquiryId, Instant originalDue, Instant currentDue,
        Instant warningAt, boolean warned, boolean missed) {

    static RunningDeadline started(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant warningAt) {
        return new RunningDeadline(kind, inquiryId, due, due, warningAt, false, false);
    }

    RunningDeadline extendedTo(Instant newDue, Instant newWarningAt) {
        return new RunningDeadline(kind, inquiryId, originalDue, newDue, newWarningAt, false, false);
    }

    RunningDeadline warnedOf() {
        return new RunningDeadline(kind, inquiryId, originalDue, currentDue, warningAt, true, missed);
    }

    RunningDeadline missedIt() {
        return new RunningDeadline(kind, inquiryId, originalDue, currentDue, warningAt, warned, true);
    }

    boolean isResolution() {
        return kind == DeadlineKind.STAGE_ONE_RESOLUTION || kind == DeadlineKind.STAGE_TWO_RESOLUTION;
    }
}
