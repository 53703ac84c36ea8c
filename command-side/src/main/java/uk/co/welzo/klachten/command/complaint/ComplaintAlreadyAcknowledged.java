package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A complaint is acknowledged once (R2). */
public class ComplaintAlreadyAcknowledged extends ComplaintRuleBroken {

    public ComplaintAlreadyAcknowledged(ComplaintId id) {
        super(ErrorCode.COMPLAINT_ALREADY_ACKNOWLEDGED, "complaint " + id + " is already acknowledged");
    }
}
