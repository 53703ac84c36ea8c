package uk.co.welzo.klachten.api.improvement.query;

import java.time.LocalDate;
import uk.co.welzo.klachten.api.ComplaintId;

/** Find the improvement actions a complaint is linked to now (R6.3: traceable both ways). */
public record FindComplaintImprovementActions(
        ComplaintId complaintId,
        LocalDate today) {
}
