package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;

/** An offline action cannot precede what the complaint's history already holds. */
public class OccurredBeforePreviousEvent extends ComplaintRuleBroken {

    public OccurredBeforePreviousEvent(Instant occurredAt, Instant previous, String field) {
        super(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT,
                "the time it happened, " + occurredAt + ", is before the complaint's previous step at " + previous, field);
    }
}
