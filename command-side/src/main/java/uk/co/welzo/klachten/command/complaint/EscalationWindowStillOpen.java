package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;

/** A complaint closes for a lapsed window only after the window has ended (lifecycle). */
public class EscalationWindowStillOpen extends ComplaintRuleBroken {

    public EscalationWindowStillOpen(ComplaintId id, java.time.Instant windowEnds) {
        super(ErrorCode.ESCALATION_WINDOW_STILL_OPEN, "the escalation window of complaint " + id + " is open until " + windowEnds);
    }
}
