package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** A live update of the current breaches: one obligation's breach as it now stands, or null when it is no longer a breach (met, stopped or extended). */
public record SlaBreachChange(
        String complaintId,
        DeadlineKind kind,
        String inquiryId,
        SlaBreachSummary breach) {
}
