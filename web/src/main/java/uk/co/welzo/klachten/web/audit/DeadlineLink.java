package uk.co.welzo.klachten.web.audit;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.ClockVerdict;

/** A deadline the history page links to its explanation: its kind, its department request, where it stands now. */
record DeadlineLink(DeadlineKind kind, String inquiryId, Instant currentDue, ClockVerdict verdict) {
}
