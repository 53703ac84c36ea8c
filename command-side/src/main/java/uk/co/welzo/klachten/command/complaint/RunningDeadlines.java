package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import java.util.Optional;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintState;
import uk.co.welzo.klachten.api.complaint.lifecycle.RunningDeadline;

/**
 * The SLA clock's rules for the deadlines running for one complaint (which ones run, and since when,
 * is {@link uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition}'s business): a warning
 * once, from its warning moment; a breach once, from the deadline; both only for the deadline now in
 * force. Meeting an obligation or ending the complaint removes its deadline, so a repeated or late
 * clock command finds nothing to do and emits nothing: the clock may run behind, twice, or on several
 * instances.
 */
record RunningDeadlines(ComplaintState state) {

    /**
     * The deadline to warn of now; empty when the command is stale (the obligation was met, the
     * deadline extended, the complaint ended) or the warning was already issued for this due.
     */
    Optional<RunningDeadline> toWarnOf(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant now) {
        Optional<RunningDeadline> found = inForce(kind, inquiryId, due)
                .filter(deadline -> !deadline.warned() && deadline.warningAt() != null);
        if (found.isPresent() && now.isBefore(found.get().warningAt())) {
            throw ComplaintRuleBroken.of(ErrorCode.DEADLINE_NOT_REACHED, kind, due, found.get().warningAt(), now);
        }
        return found;
    }

    /**
     * The deadline whose breach to record now; empty when the command is stale or the breach was
     * already recorded for this due. A breach needs no earlier warning.
     */
    Optional<RunningDeadline> toRecordAsMissed(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant now) {
        Optional<RunningDeadline> found = inForce(kind, inquiryId, due).filter(deadline -> !deadline.missed());
        if (found.isPresent() && now.isBefore(due)) {
            throw ComplaintRuleBroken.of(ErrorCode.DEADLINE_NOT_REACHED, kind, due, now);
        }
        return found;
    }

    private Optional<RunningDeadline> inForce(DeadlineKind kind, InquiryId inquiryId, Instant due) {
        return state.deadline(kind, inquiryId).filter(deadline -> due.equals(deadline.due()));
    }
}
