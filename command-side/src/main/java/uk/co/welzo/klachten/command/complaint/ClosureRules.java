package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;

/**
 * Which closure fits where (lifecycle): accepted after either resolution; a lapsed escalation
 * window only after stage 1 and only once the window has ended; a final response after stage 2.
 */
final class ClosureRules {

    private ClosureRules() {
    }

    static void check(ComplaintId id, ClosureReason reason, ComplaintStatus status, Instant windowEnds, Instant now) {
        boolean stageOne = status == ComplaintStatus.RESOLVED_AT_STAGE_ONE;
        boolean stageTwo = status == ComplaintStatus.RESOLVED_AT_STAGE_TWO;
        if (!stageOne && !stageTwo) {
            throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_NOT_RESOLVED, id, status.name());
        }
        switch (reason) {
            case ACCEPTED_BY_CUSTOMER -> { }
            case ESCALATION_WINDOW_LAPSED -> {
                if (stageTwo) {
                    throw ComplaintRuleBroken.of(ErrorCode.CLOSURE_REASON_NOT_APPLICABLE, id, reason.name(), status.name());
                }
                if (now.isBefore(windowEnds)) {
                    throw ComplaintRuleBroken.of(ErrorCode.ESCALATION_WINDOW_STILL_OPEN, id, windowEnds);
                }
            }
            case FINAL_RESPONSE_GIVEN -> {
                if (stageOne) {
                    throw ComplaintRuleBroken.of(ErrorCode.CLOSURE_REASON_NOT_APPLICABLE, id, reason.name(), status.name());
                }
            }
        }
    }
}
