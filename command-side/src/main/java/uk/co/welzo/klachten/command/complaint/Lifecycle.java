package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;

/**
 * Where the complaint stands in the procedure (lifecycle) and which steps that allows: ended
 * complaints take no further steps, a resolution resolves the stage under way, escalation is once
 * and only within the window after a stage-1 resolution. It carries the complaint id because every
 * refusal names it. Immutable, so the aggregate's event-sourcing handlers only assign the next value.
 */
record Lifecycle(ComplaintId id, ComplaintStatus status, boolean escalated, Instant escalationWindowEnds) {

    static Lifecycle received(ComplaintId id) {
        return new Lifecycle(id, ComplaintStatus.RECEIVED, false, null);
    }

    void requireNotEnded() {
        if (status == ComplaintStatus.CLOSED) {
            throw new ComplaintAlreadyClosed(id);
        }
        if (status == ComplaintStatus.WITHDRAWN) {
            throw new ComplaintAlreadyWithdrawn(id);
        }
    }

    void requireNotAcknowledged() {
        requireNotEnded();
        if (status != ComplaintStatus.RECEIVED) {
            throw new ComplaintAlreadyAcknowledged(id);
        }
    }

    void requireUnderInvestigation() {
        requireNotEnded();
        switch (status) {
            case UNDER_INVESTIGATION, ESCALATED, UNDER_REVIEW -> { }
            case RECEIVED -> throw new ComplaintNotAcknowledged(id);
            default -> throw new ComplaintNotUnderInvestigation(id, status.name());
        }
    }

    /** The stage a resolution now resolves: stage 1 under investigation, stage 2 under review. */
    Stage stageToResolve() {
        requireNotEnded();
        return switch (status) {
            case UNDER_INVESTIGATION -> Stage.ONE;
            case UNDER_REVIEW -> Stage.TWO;
            case RECEIVED -> throw new ComplaintNotAcknowledged(id);
            case ESCALATED -> throw new EscalationNotAcknowledged(id);
            default -> throw new ComplaintNotUnderInvestigation(id, status.name());
        };
    }

    void requireEscalatable() {
        requireNotEnded();
        if (escalated) {
            throw new ComplaintAlreadyEscalated(id);
        }
        if (status != ComplaintStatus.RESOLVED_AT_STAGE_ONE) {
            throw new StageOneNotResolved(id);
        }
    }

    void requireWithinEscalationWindow(Instant at) {
        if (!at.isBefore(escalationWindowEnds)) {
            throw new EscalationWindowLapsed(id, escalationWindowEnds);
        }
    }

    void requireEscalationRequested() {
        requireNotEnded();
        if (status != ComplaintStatus.ESCALATED) {
            throw new EscalationNotRequested(id);
        }
    }

    void requireWithdrawable() {
        requireNotEnded();
        if (status == ComplaintStatus.RESOLVED_AT_STAGE_TWO) {
            throw new ComplaintFinallyResolved(id);
        }
    }

    Lifecycle acknowledged() {
        return in(ComplaintStatus.UNDER_INVESTIGATION);
    }

    Lifecycle resolved(Stage stage, Instant windowEnds) {
        return new Lifecycle(id, stage == Stage.ONE ? ComplaintStatus.RESOLVED_AT_STAGE_ONE
                : ComplaintStatus.RESOLVED_AT_STAGE_TWO, escalated, windowEnds);
    }

    Lifecycle escalatedNow() {
        return new Lifecycle(id, ComplaintStatus.ESCALATED, true, escalationWindowEnds);
    }

    Lifecycle underReview() {
        return in(ComplaintStatus.UNDER_REVIEW);
    }

    Lifecycle closed() {
        return in(ComplaintStatus.CLOSED);
    }

    Lifecycle withdrawn() {
        return in(ComplaintStatus.WITHDRAWN);
    }

    private Lifecycle in(ComplaintStatus next) {
        return new Lifecycle(id, next, escalated, escalationWindowEnds);
    }
}
