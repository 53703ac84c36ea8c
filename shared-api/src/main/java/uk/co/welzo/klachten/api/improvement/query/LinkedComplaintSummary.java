package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;

/** A complaint linked to an improvement action: its id, its reference number when known, why, when and by whom. */
public record LinkedComplaintSummary(
        String complaintId,
        String reference,
        String why,
        Instant linkedAt,
        String linkedBy) {
}
