package uk.co.welzo.klachten.command.complaint;

import java.time.LocalDate;
import uk.co.welzo.klachten.api.ErrorCode;

/** An extension sets a new deadline within reach (R5.1): not past {@link ExtensionLimit#LONGEST} from today. */
public class ExtensionTooFarAhead extends ComplaintRuleBroken {

    public ExtensionTooFarAhead(LocalDate newDeadline, LocalDate latest) {
        super(ErrorCode.EXTENSION_TOO_FAR_AHEAD, "the new deadline " + newDeadline + " is after " + latest
                + ", the latest an extension may set today (" + ExtensionLimit.LONGEST + " ahead)", "newDeadline");
    }
}
