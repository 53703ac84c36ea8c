package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** An extension moves the deadline later (R5.1). */
public class ExtensionNotLater extends ComplaintRuleBroken {

    public ExtensionNotLater(java.time.Instant newDue, java.time.Instant currentDue) {
        super(ErrorCode.EXTENSION_NOT_LATER, "the new deadline " + newDue + " is not later than the current one, " + currentDue,
                "newDeadline");
    }
}
