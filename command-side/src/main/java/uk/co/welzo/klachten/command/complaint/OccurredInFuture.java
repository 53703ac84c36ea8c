package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.ErrorCode;

/** An offline action cannot have happened in the future (cross-cutting rule). */
public class OccurredInFuture extends ComplaintRuleBroken {

    public OccurredInFuture(Instant occurredAt, String field) {
        super(ErrorCode.OCCURRED_IN_FUTURE, "the time it happened, " + occurredAt + ", is in the future", field);
    }
}
