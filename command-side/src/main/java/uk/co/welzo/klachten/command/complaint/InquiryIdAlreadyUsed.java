package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** An inquiry id names one request for department input (R3.2). */
public class InquiryIdAlreadyUsed extends ComplaintRuleBroken {

    public InquiryIdAlreadyUsed(String inquiryId) {
        super(ErrorCode.INQUIRY_ID_ALREADY_USED, "inquiry " + inquiryId + " was already requested with different details");
    }
}
