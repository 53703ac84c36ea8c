package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Departments are asked and stages resolved only while a stage is being investigated (R3.2, R4.2). */
public class ComplaintNotUnderInvestigation extends ComplaintRuleBroken {

    public ComplaintNotUnderInvestigation(ComplaintId id, String status) {
        super(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION, "complaint " + id + " is not under investigation (it is " + status + ")");
    }
}
