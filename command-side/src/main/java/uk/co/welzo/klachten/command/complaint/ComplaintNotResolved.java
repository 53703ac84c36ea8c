package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A complaint closes only after a resolution was given (lifecycle). */
public class ComplaintNotResolved extends ComplaintRuleBroken {

    public ComplaintNotResolved(ComplaintId id, String status) {
        super(ErrorCode.COMPLAINT_NOT_RESOLVED, "complaint " + id + " cannot be closed before a resolution is given (it is " + status + ")");
    }
}
