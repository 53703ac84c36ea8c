package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** A deadline running at the instant: the one in force (after extensions) and the original (R5.3). */
public record DeadlineInForce(
        DeadlineKind kind,
        String inquiryId,
        Instant originalDue,
        Instant due,
        Instant warningAt,
        String policyVersion,
        boolean warned,
        boolean missed) {
}
