package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A withdrawn complaint takes no further steps. */
public class ComplaintAlreadyWithdrawn extends ComplaintRuleBroken {

    public ComplaintAlreadyWithdrawn(ComplaintId id) {
        super(ErrorCode.COMPLAINT_WITHDRAWN, "complaint " + id + " was withdrawn by the customer");
    }
}
