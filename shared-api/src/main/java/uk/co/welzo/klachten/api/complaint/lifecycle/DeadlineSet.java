package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A deadline an event started: due when, the moment to warn before it, under which policy version. */
public record DeadlineSet(DeadlineKind kind, InquiryId inquiryId, Instant due, Instant warningAt, String policyVersion) {
}
