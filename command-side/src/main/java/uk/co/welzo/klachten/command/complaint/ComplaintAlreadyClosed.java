package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A closed complaint takes no further steps. */
public class ComplaintAlreadyClosed extends ComplaintRuleBroken {

    public ComplaintAlreadyClosed(ComplaintId id) {
        super(ErrorCode.COMPLAINT_ALREADY_CLOSED, "complaint " + id + " is closed");
    }
}
