package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** The SLA clock warns of a deadline only from the warning moment fixed when the deadline was set. */
public class DeadlineWarningTooEarly extends ComplaintRuleBroken {

    public DeadlineWarningTooEarly(DeadlineKind kind, Instant due, Instant warningAt, Instant now) {
        super(ErrorCode.DEADLINE_NOT_REACHED, "the warning for the " + kind + " deadline " + due + " is due at "
                + warningAt + ", not yet at " + now);
    }
}
