package uk.co.welzo.klachten.api.complaint.event;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/**
 * What the SLA clock records about the deadline in force at {@code due} (a warning, a breach): a fact
 * about time, not a step taken on the complaint, so an offline step may still be dated before it.
 */
public interface DeadlineFact {

    DeadlineKind deadline();

    /** The inquiry of a department-response deadline; null for the complaint's own deadlines. */
    InquiryId inquiryId();

    Instant due();
}
