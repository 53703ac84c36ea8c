package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;

/**
 * When an offline step (a letter received, a call made) happened: never in the future, never
 * before the complaint's previous step, never before complaint records begin; a step without a
 * time happened now (cross-cutting rule). A refusal names the request field that gave the time.
 */
final class BusinessTime {

    /**
     * The earliest moment any step of a complaint can have happened: Welzo's complaint records do not go back
     * further (the company and its online shop are younger), so an earlier time is a typing mistake (year 0000,
     * a number taken as epoch seconds), not a late letter.
     */
    static final Instant RECORDS_BEGIN = Instant.parse("2000-01-01T00:00:00Z");

    private BusinessTime() {
    }

    static Instant of(String field, Instant claimed, Instant now, Instant previous) {
        if (claimed == null) {
            return now;
        }
        if (claimed.isAfter(now)) {
            throw ComplaintRuleBroken.about(field, ErrorCode.OCCURRED_IN_FUTURE, claimed);
        }
        if (claimed.isBefore(RECORDS_BEGIN)) {
            throw ComplaintRuleBroken.about(field, ErrorCode.OCCURRED_BEFORE_RECORDS_BEGAN, claimed, RECORDS_BEGIN);
        }
        if (previous != null && claimed.isBefore(previous)) {
            throw ComplaintRuleBroken.about(field, ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT, claimed, previous);
        }
        return claimed;
    }
}
