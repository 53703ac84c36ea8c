package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** One deadline of a complaint: when it was first due, when it is due now, and when it was met. */
public record DeadlineView(
        DeadlineKind kind,
        Instant originalDue,
        Instant currentDue,
        Instant metAt) {
}
