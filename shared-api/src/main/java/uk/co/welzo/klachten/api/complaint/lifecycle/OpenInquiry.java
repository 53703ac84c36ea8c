package uk.co.welzo.klachten.api.complaint.lifecycle;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;

/** A request for department input not yet answered (R3.2); the question is free text, kept from analysts. */
public record OpenInquiry(InquiryId inquiryId, Department department, String question, Instant requestedAt,
                          Instant responseDue) {
}
