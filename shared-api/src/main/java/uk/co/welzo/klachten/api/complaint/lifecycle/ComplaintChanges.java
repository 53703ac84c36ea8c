package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * Hears, step by step and in order, what one event does to a complaint, as {@link ComplaintTransition}
 * tells it. A reader keeps the steps its own record needs and ignores the rest; the times of a step
 * are the event's own ({@code occurredAt}, {@code recordedAt}).
 */
public interface ComplaintChanges {

    default void statusChanged(ComplaintStatus status) {
    }

    default void stageChanged(Stage stage) {
    }

    /** A deadline started, replacing any running for the same obligation. */
    default void deadlineSet(DeadlineSet deadline) {
    }

    /** The obligation was met: its deadline, if running, stops, met. */
    default void obligationMet(DeadlineKind kind, InquiryId inquiryId) {
    }

    /** The running deadline of this kind, due at previousDue, is now due at newDue, warned of from newWarningAt; originalDue stays (R5). */
    default void deadlineExtended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                                  Instant newWarningAt) {
    }

    /** The SLA clock warned of the deadline in force at due. */
    default void warningIssued(DeadlineKind kind, InquiryId inquiryId, Instant due) {
    }

    /** The SLA clock recorded the deadline in force at due as missed. */
    default void deadlineMissed(DeadlineKind kind, InquiryId inquiryId, Instant due) {
    }

    /** The complaint ended: every deadline still running stops, unmet. */
    default void clocksStopped() {
    }

    default void inquiryOpened(OpenInquiry inquiry) {
    }

    default void inquiryAnswered(InquiryId inquiryId) {
    }
}
