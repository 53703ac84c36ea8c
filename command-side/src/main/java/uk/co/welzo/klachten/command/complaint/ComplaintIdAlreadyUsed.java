package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** The client-chosen id already names a complaint lodged with different details. */
public class ComplaintIdAlreadyUsed extends ComplaintRuleBroken {

    public ComplaintIdAlreadyUsed(ComplaintId id) {
        super(ErrorCode.COMPLAINT_ID_ALREADY_USED, "complaint " + id + " was already lodged with different details");
    }
}
