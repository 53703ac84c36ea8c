package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Each closure reason fits one point of the lifecycle. */
public class ClosureReasonNotApplicable extends ComplaintRuleBroken {

    public ClosureReasonNotApplicable(ComplaintId id, String reason, String status) {
        super(ErrorCode.CLOSURE_REASON_NOT_APPLICABLE, "complaint " + id + " cannot be closed as " + reason + " while it is " + status);
    }
}
