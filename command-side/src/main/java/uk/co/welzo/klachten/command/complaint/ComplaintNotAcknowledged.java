package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Investigation starts with the acknowledgement (R2, R3). */
public class ComplaintNotAcknowledged extends ComplaintRuleBroken {

    public ComplaintNotAcknowledged(ComplaintId id) {
        super(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED, "complaint " + id + " has not been acknowledged yet");
    }
}
