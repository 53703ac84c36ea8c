package uk.co.welzo.klachten.api.queue;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Department;

/** A request for department input still waiting for its answer (R3.2). */
public record OpenInquirySummary(
        String inquiryId,
        Department department,
        Instant responseDue) {
}
