package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** Escalation must be asked for within the escalation window after the stage-1 resolution (lifecycle). */
public class EscalationWindowLapsed extends ComplaintRuleBroken {

    public EscalationWindowLapsed(ComplaintId id, java.time.Instant windowEnded) {
        super(ErrorCode.ESCALATION_WINDOW_LAPSED, "the escalation window of complaint " + id + " ended at " + windowEnded);
    }
}
