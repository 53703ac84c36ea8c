package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** An escalation is acknowledged only after the customer asked for it (R4.2). */
public class EscalationNotRequested extends ComplaintRuleBroken {

    public EscalationNotRequested(ComplaintId id) {
        super(ErrorCode.ESCALATION_NOT_REQUESTED, "complaint " + id + " has no escalation waiting for acknowledgement");
    }
}
