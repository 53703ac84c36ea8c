package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Only a running resolution deadline can be extended (R5.1). */
public class NoResolutionDeadlineRunning extends ComplaintRuleBroken {

    public NoResolutionDeadlineRunning(ComplaintId id, String status) {
        super(ErrorCode.NO_RESOLUTION_DEADLINE_RUNNING, "complaint " + id + " has no resolution deadline running (it is " + status + ")");
    }
}
