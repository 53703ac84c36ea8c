package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A stage-2 resolution tells the customer they may seek independent advice (R4.5, R7.1). */
public class SignpostingRequired extends ComplaintRuleBroken {

    public SignpostingRequired(ComplaintId id) {
        super(ErrorCode.SIGNPOSTING_REQUIRED, "the stage-2 resolution of complaint " + id + " must signpost the customer to independent advice and support");
    }
}
