package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.ComplaintId;

/** Find the SLA clocks of one complaint: one per obligation. */
public record FindSlaClocks(
        ComplaintId complaintId) {
}
