package uk.co.welzo.klachten.command.complaint;

import java.time.LocalDate;
import java.time.Period;
import uk.co.welzo.klachten.api.ErrorCode;

/**
 * How far ahead a deadline may be extended (R5.1): one year from today, London time. An extension answers a delay
 * the customer is told about; a date further ahead is a typing mistake (a date without separators read as a year
 * in the tens of thousands), not a plan, and would keep the SLA clock silent for good.
 */
final class ExtensionLimit {

    static final Period LONGEST = Period.ofYears(1);

    private ExtensionLimit() {
    }

    static LocalDate check(LocalDate newDeadline, LocalDate today) {
        LocalDate latest = today.plus(LONGEST);
        if (newDeadline.isAfter(latest)) {
            throw ComplaintRuleBroken.of(ErrorCode.EXTENSION_TOO_FAR_AHEAD, newDeadline, latest, LONGEST);
        }
        return newDeadline;
    }
}
