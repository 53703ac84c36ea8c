package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** An answer belongs to a request that was made (R3.2). */
public class InquiryNotFound extends ComplaintRuleBroken {

    public InquiryNotFound(String inquiryId) {
        super(ErrorCode.INQUIRY_NOT_FOUND, "no department input was requested as inquiry " + inquiryId);
    }
}
