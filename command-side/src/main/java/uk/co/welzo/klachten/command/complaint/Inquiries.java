package uk.co.welzo.klachten.command.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.Department;

/**
 * The complaint's requests for department input, by inquiry id, and their idempotency rules
 * (R3.2): an inquiry id names one request and takes one answer, and the same request or answer
 * again is a retry that changes nothing. Kept out of the aggregate so its handlers read as guard
 * then apply; immutable, so the event-sourcing handlers only assign the next value.
 */
record Inquiries(Map<String, Inquiry> byId) {

    static final Inquiries NONE = new Inquiries(Map.of());

    Inquiries {
        byId = Map.copyOf(byId);
    }

    /** Whether to request: false for a retry of the same request; a different one under its id is refused. */
    boolean isNewRequest(String inquiryId, Department department, String question) {
        Inquiry existing = byId.get(inquiryId);
        if (existing == null) {
            return true;
        }
        if (existing.sameRequest(department, question)) {
            return false;
        }
        throw ComplaintRuleBroken.of(ErrorCode.INQUIRY_ID_ALREADY_USED, inquiryId);
    }

    /** The inquiry to answer, or empty for a retry of the same answer; an unknown or otherwise answered one is refused. */
    Optional<Inquiry> toAnswer(String inquiryId, String answer) {
        Inquiry inquiry = byId.get(inquiryId);
        if (inquiry == null) {
            throw ComplaintRuleBroken.of(ErrorCode.INQUIRY_NOT_FOUND, inquiryId);
        }
        if (inquiry.answered()) {
            if (inquiry.answer().equals(answer)) {
                return Optional.empty();
            }
            throw ComplaintRuleBroken.of(ErrorCode.INQUIRY_ALREADY_ANSWERED, inquiryId);
        }
        return Optional.of(inquiry);
    }

    Inquiries requested(String inquiryId, Department department, String question) {
        Map<String, Inquiry> next = new HashMap<>(byId);
        next.put(inquiryId, new Inquiry(department, question, null));
        return new Inquiries(next);
    }

    Inquiries answered(String inquiryId, String answer) {
        Map<String, Inquiry> next = new HashMap<>(byId);
        next.computeIfPresent(inquiryId, (key, inquiry) -> inquiry.answeredWith(answer));
        return new Inquiries(next);
    }
}
