package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;

/** Nothing of a complaint can have happened before the company kept complaint records ({@link BusinessTime#RECORDS_BEGIN}). */
public class OccurredBeforeRecordsBegan extends ComplaintRuleBroken {

    public OccurredBeforeRecordsBegan(Instant occurredAt, String field) {
        super(ErrorCode.OCCURRED_BEFORE_RECORDS_BEGAN, "the time it happened, " + occurredAt
                + ", is before complaint records begin at " + BusinessTime.RECORDS_BEGIN, field);
    }
}
