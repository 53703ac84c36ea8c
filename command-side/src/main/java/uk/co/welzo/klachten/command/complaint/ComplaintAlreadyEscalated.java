package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A complaint is escalated only once (R4.1). */
public class ComplaintAlreadyEscalated extends ComplaintRuleBroken {

    public ComplaintAlreadyEscalated(ComplaintId id) {
        super(ErrorCode.COMPLAINT_ALREADY_ESCALATED, "complaint " + id + " was already escalated");
    }
}
