package uk.co.welzo.klachten.api.sla;

import java.util.List;

/** The SLA clocks of one complaint; no personal data. */
public record SlaClocksView(
        String complaintId,
        String reference,
        List<SlaClockView> clocks) {
}
