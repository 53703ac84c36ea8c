package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** A deadline is missed only once it has passed (the breach is recorded the moment it happens). */
public class DeadlineNotYetPassed extends ComplaintRuleBroken {

    public DeadlineNotYetPassed(DeadlineKind kind, Instant due, Instant now) {
        super(ErrorCode.DEADLINE_NOT_REACHED, "the " + kind + " deadline " + due + " has not passed at " + now);
    }
}
