package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.time.Instant;
import java.util.Objects;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/**
 * A deadline running for one open obligation (its kind, plus the inquiry for a department response).
 * The original due stays known after extensions (R5.3); the warning and the breach recorded (the
 * moments they were dated) hold for the current due only, so an extension starts them afresh (R5.1).
 */
public record RunningDeadline(DeadlineKind kind, InquiryId inquiryId, Instant originalDue, Instant due,
                              Instant warningAt, String policyVersion, Instant warnedAt, Instant missedAt) {

    static RunningDeadline started(DeadlineSet set) {
        return new RunningDeadline(set.kind(), set.inquiryId(), set.due(), set.due(), set.warningAt(),
                set.policyVersion(), null, null);
    }

    public boolean is(DeadlineKind otherKind, InquiryId otherInquiry) {
        return kind == otherKind && Objects.equals(inquiryId, otherInquiry);
    }

    /** Lifecycle: extensions apply to whichever resolution deadline is running. */
    public boolean isResolution() {
        return kind == DeadlineKind.STAGE_ONE_RESOLUTION || kind == DeadlineKind.STAGE_TWO_RESOLUTION;
    }

    public boolean warned() {
        return warnedAt != null;
    }

    public boolean missed() {
        return missedAt != null;
    }

    RunningDeadline extendedTo(Instant newDue, Instant newWarningAt) {
        return new RunningDeadline(kind, inquiryId, originalDue, newDue, newWarningAt, policyVersion, null, null);
    }

    RunningDeadline warnedOn(Instant at) {
        return new RunningDeadline(kind, inquiryId, originalDue, due, warningAt, policyVersion, at, missedAt);
    }

    RunningDeadline missedOn(Instant at) {
        return new RunningDeadline(kind, inquiryId, originalDue, due, warningAt, policyVersion, warnedAt, at);
    }
}
