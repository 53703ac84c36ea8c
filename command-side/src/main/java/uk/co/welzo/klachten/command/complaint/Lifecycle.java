package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
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
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_ALREADY_CLOSED, id);
        }
        if (status == ComplaintStatus.WITHDRAWN) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_WITHDRAWN, id);
        }
    }

    /** R8.2: personal data is erased once the complaint has ended: handling needs it until then. */
    void requireEnded() {
        if (status != ComplaintStatus.CLOSED && status != ComplaintStatus.WITHDRAWN) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_ENDED, id, status.name());
        }
    }

    void requireNotAcknowledged() {
        requireNotEnded();
        if (status != ComplaintStatus.RECEIVED) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_ALREADY_ACKNOWLEDGED, id);
        }
    }

    void requireUnderInvestigation() {
        requireNotEnded();
        switch (status) {
            case UNDER_INVESTIGATION, ESCALATED, UNDER_REVIEW -> { }
            case RECEIVED -> throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED, id);
            default -> throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION, id, status.name());
        }
    }

    /** The stage a resolution now resolves: stage 1 under investigation, stage 2 under review. */
    Stage stageToResolve() {
        requireNotEnded();
        return switch (status) {
            case UNDER_INVESTIGATION -> Stage.ONE;
            case UNDER_REVIEW -> Stage.TWO;
            case RECEIVED -> throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED, id);
            case ESCALATED -> throw ComplaintRuleBroken.of(ErrorCode.ESCALATION_NOT_ACKNOWLEDGED, id);
            default -> throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION, id, status.name());
        };
    }

    void requireEscalatable() {
        requireNotEnded();
        if (escalated) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_ALREADY_ESCALATED, id);
        }
        if (status != ComplaintStatus.RESOLVED_AT_STAGE_ONE) {
            throw ComplaintRuleBroken.of(ErrorCode.STAGE_ONE_NOT_RESOLVED, id);
        }
    }

    void requireWithinEscalationWindow(Instant at) {
        if (!at.isBefore(escalationWindowEnds)) {
            throw ComplaintRuleBroken.of(ErrorCode.ESCALATION_WINDOW_LAPSED, id, escalationWindowEnds);
        }
    }

    void requireEscalationRequested() {
        requireNotEnded();
        if (status != ComplaintStatus.ESCALATED) {
            throw ComplaintRuleBroken.of(ErrorCode.ESCALATION_NOT_REQUESTED, id);
        }
    }

    void requireWithdrawable() {
        requireNotEnded();
        if (status == ComplaintStatus.RESOLVED_AT_STAGE_TWO) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_FINALLY_RESOLVED, id);
        }
    }
}
