package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Department;

/** A request for a department's input not yet answered at the instant (R3.2). */
public record OpenDepartmentRequest(
        String inquiryId,
        Department department,
        String question,
        Instant requestedAt,
        Instant responseDue) {
}
