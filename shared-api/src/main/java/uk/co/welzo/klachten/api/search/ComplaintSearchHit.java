package uk.co.welzo.klachten.api.search;

import java.time.Instant;
import java.util.List;
import uk.co.welzo.klachten.api.complaint.Category;

/**
 * One complaint found by the staff search, with what staff need to recognise it on the telephone; {@code matchedOn}
 * says which of name, email, phone, orderNumber and reference matched.
 */
public record ComplaintSearchHit(String complaintId, String reference, String complainantName, String email,
                                 String phone, String orderNumber, Category category, Instant receivedAt,
                                 List<String> matchedOn) {
}
