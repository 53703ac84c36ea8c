package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** Each request for department input is answered once (R3.2). */
public class InquiryAlreadyAnswered extends ComplaintRuleBroken {

    public InquiryAlreadyAnswered(String inquiryId) {
        super(ErrorCode.INQUIRY_ALREADY_ANSWERED, "inquiry " + inquiryId + " was already answered");
    }
}
