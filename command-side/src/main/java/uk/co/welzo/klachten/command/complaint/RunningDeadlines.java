package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/**
 * The deadlines running for one complaint, one per open obligation (its kind, plus the inquiry for a
 * department response), and the SLA clock's rules for them: a warning once, from its warning moment;
 * a breach once, from the deadline; both only for the deadline now in force. Meeting an obligation or
 * ending the complaint removes its deadline, so a repeated or late clock command finds nothing to do
 * and emits nothing: the clock may run behind, twice, or on several instances. Immutable, so the
 * aggregate's event-sourcing handlers only assign the next value.
 */
final class RunningDeadlines {

    static final RunningDeadlines NONE = new RunningDeadlines(Map.of());

    private record Key(DeadlineKind kind, InquiryId inquiryId) {
    }

    private final Map<Key, RunningDeadline> running;

    private RunningDeadlines(Map<Key, RunningDeadline> running) {
        this.running = Map.copyOf(running);
    }

    RunningDeadlines started(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant warningAt) {
        return with(RunningDeadline.started(kind, inquiryId, due, warningAt));
    }

    RunningDeadlines met(DeadlineKind kind, InquiryId inquiryId) {
        Map<Key, RunningDeadline> rest = new HashMap<>(running);
        rest.remove(new Key(kind, inquiryId));
        return new RunningDeadlines(rest);
    }

    /** R5.1: the new deadline and its warning replace the old ones. */
    RunningDeadlines extended(DeadlineKind kind, Instant newDue, Instant newWarningAt) {
        return changed(kind, null, deadline -> deadline.extendedTo(newDue, newWarningAt));
    }

    RunningDeadlines warned(DeadlineKind kind, InquiryId inquiryId) {
        return changed(kind, inquiryId, RunningDeadline::warnedOf);
    }

    RunningDeadlines missed(DeadlineKind kind, InquiryId inquiryId) {
        return changed(kind, inquiryId, RunningDeadline::missedIt);
    }

    /** Lifecycle: extensions apply to whichever resolution deadline is running. */
    Optional<RunningDeadline> resolution() {
        return running.values().stream().filter(RunningDeadline::isResolution).findFirst();
    }

    /**
     * The deadline to warn of now; empty when the command is stale (the obligation was met, the
     * deadline extended, the complaint ended) or the warning was already issued for this due.
     */
    Optional<RunningDeadline> toWarnOf(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant now) {
        Optional<RunningDeadline> found = inForce(kind, inquiryId, due)
                .filter(deadline -> !deadline.warned() && deadline.warningAt() != null);
        if (found.isPresent() && now.isBefore(found.get().warningAt())) {
            throw new DeadlineWarningTooEarly(kind, due, found.get().warningAt(), now);
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
            throw new DeadlineNotYetPassed(kind, due, now);
        }
        return found;
    }

    private Optional<RunningDeadline> inForce(DeadlineKind kind, InquiryId inquiryId, Instant due) {
        return Optional.ofNullable(running.get(new Key(kind, inquiryId)))
                .filter(deadline -> due.equals(deadline.currentDue()));
    }

    private RunningDeadlines changed(DeadlineKind kind, InquiryId inquiryId, UnaryOperator<RunningDeadline> change) {
        RunningDeadline deadline = running.get(new Key(kind, inquiryId));
        return deadline == null ? this : with(change.apply(deadline));
    }

    private RunningDeadlines with(RunningDeadline deadline) {
        Map<Key, RunningDeadline> next = new HashMap<>(running);
        next.put(new Key(deadline.kind(), deadline.inquiryId()), deadline);
        return new RunningDeadlines(next);
    }
}
