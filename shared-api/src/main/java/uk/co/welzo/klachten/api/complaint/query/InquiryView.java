package uk.co.welzo.klachten.api.complaint.query;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Department;

/** A request for department input and its answer, if any. */
public record InquiryView(
        String inquiryId,
        Department department,
        String question,
        Instant requestedAt,
        String answer,
        Instant answeredAt) {
}
