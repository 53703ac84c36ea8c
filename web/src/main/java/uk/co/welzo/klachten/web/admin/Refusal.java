package uk.co.welzo.klachten.web.admin;

import java.util.Optional;
import java.util.Set;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.web.CommandRefusals;

/**
 * Why the query side refused an operator request, as the page says it: a message key per error code the operators'
 * requests can meet, and the status the code's kind stands for. A failure that is no refusal is a fault, left to the
 * pages' error handling.
 */
record Refusal(String messageKey, int status) {

    private static final Set<ErrorCode> WORDED = Set.of(ErrorCode.PROCESSING_GROUP_NOT_FOUND,
            ErrorCode.DEAD_LETTER_SEQUENCE_NOT_FOUND, ErrorCode.REPLAY_ALREADY_RUNNING);

    static Optional<Refusal> of(Throwable failure) {
        return CommandRefusals.detail(failure).map(Refusal::of);
    }

    private static Refusal of(ErrorDetail detail) {
        ErrorCode code = detail.code();
        int status = switch (code.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT, RULE_BROKEN, PRECONDITION_FAILED -> 409;
            default -> 400;
        };
        return new Refusal(WORDED.contains(code) ? "admin.refused." + code.name() : "admin.refused.other", status);
    }
}
