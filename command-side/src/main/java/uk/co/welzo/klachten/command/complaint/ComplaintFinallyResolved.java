package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** After the final stage-2 resolution the complaint can only be closed (R4.5). */
public class ComplaintFinallyResolved extends ComplaintRuleBroken {

    public ComplaintFinallyResolved(ComplaintId id) {
        super(ErrorCode.COMPLAINT_FINALLY_RESOLVED, "complaint " + id + " has its final resolution and can only be closed");
    }
}
