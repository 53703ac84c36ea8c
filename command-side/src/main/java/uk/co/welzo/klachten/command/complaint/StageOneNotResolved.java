package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Only a complaint whose stage-1 resolution was given can be escalated (R4.1). */
public class StageOneNotResolved extends ComplaintRuleBroken {

    public StageOneNotResolved(ComplaintId id) {
        super(ErrorCode.STAGE_ONE_NOT_RESOLVED, "complaint " + id + " has no stage-1 resolution to escalate");
    }
}
