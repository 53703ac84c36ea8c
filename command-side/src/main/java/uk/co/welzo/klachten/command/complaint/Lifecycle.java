package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintState;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;

/**
 * Where the complaint stands in the procedure (lifecycle) and which steps that allows: ended
 * complaints take no further steps, a resolution resolves the stage under way, escalation is once
 * and only within the window after a stage-1 resolution. It carries the complaint id because every
 * refusal names it. How each event moves the status is {@link ComplaintTransition}'s business; the
 * escalation window's end is the aggregate's own, from the stage-1 resolution.
 */
record Lifecycle(ComplaintId id, ComplaintStatus status, boolean escalated, Instant escalationWindowEnds) {

    /** The lifecycle the complaint's state gives: escalated once it reached stage 2 (R4.1: only once). */
    static Lifecycle of(ComplaintId id, ComplaintState state, Instant escalationWindowEnds) {
        return new Lifecycle(id, state.status(), state.stage() == Stage.TWO, escalationWindowEnds);
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
}
