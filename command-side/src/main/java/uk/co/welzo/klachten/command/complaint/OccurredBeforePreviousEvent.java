package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** An offline action cannot precede what the complaint's history already holds. */
public class OccurredBeforePreviousEvent extends ComplaintRuleBroken {

    public OccurredBeforePreviousEvent(java.time.Instant occurredAt, java.time.Instant previous) {
        super(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT, "the time it happened, " + occurredAt + ", is before the complaint's previous step at " + previous);
    }
}
