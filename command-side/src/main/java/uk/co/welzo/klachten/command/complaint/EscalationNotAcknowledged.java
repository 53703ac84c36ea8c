package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Stage 2 is resolved after the escalation was acknowledged (R4.3, R4.4). */
public class EscalationNotAcknowledged extends ComplaintRuleBroken {

    public EscalationNotAcknowledged(ComplaintId id) {
        super(ErrorCode.ESCALATION_NOT_ACKNOWLEDGED, "the escalation of complaint " + id + " has not been acknowledged yet");
    }
}
