package uk.co.welzo.klachten.command.complaint;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * The letters staff wrote a part of, by the communication id each will be recorded under: a retry of the same letter is
 * recognised, other details under a used id are refused, as for {@link Communications}. Which letters staff write and
 * when they fit: the stage-1 outcome while stage 1 is investigated or once it is resolved (R3.3, R3.5), the final
 * response while stage 2 is reviewed or once it is resolved (R4.5): written before the resolution, the letter is the
 * communication the resolution names as having told the customer the findings (R3.3), and the outbox sends it once
 * the resolution is recorded. Every other letter the service writes by itself from the events. Immutable.
 */
record Letters(Map<String, LetterWritten> byId) {

    static final Letters NONE = new Letters(Map.of());

    Letters {
        byId = Map.copyOf(byId);
    }

    /**
     * Whether to write {@code letter} (its times and actor aside): false for a retry of the same letter; other details
     * under a used id, and a letter that does not fit the complaint now, are refused.
     */
    boolean isNew(LetterWritten letter, ComplaintStatus status, Communications communications) {
        String communicationId = letter.communicationId().value();
        LetterWritten earlier = byId.get(communicationId);
        if (earlier != null) {
            if (earlier.kind() == letter.kind() && earlier.findings().equals(letter.findings())
                    && Objects.equals(earlier.remedy(), letter.remedy())
                    && Objects.equals(earlier.signposting(), letter.signposting())
                    && Objects.equals(earlier.language(), letter.language())) {
                return false;
            }
            throw ComplaintRuleBroken.of(ErrorCode.COMMUNICATION_ID_ALREADY_USED, communicationId);
        }
        if (communications.byId().containsKey(communicationId)) {
            throw ComplaintRuleBroken.of(ErrorCode.COMMUNICATION_ID_ALREADY_USED, communicationId);
        }
        Set<ComplaintStatus> fits = switch (letter.kind()) {
            case STAGE_ONE_OUTCOME -> EnumSet.of(ComplaintStatus.UNDER_INVESTIGATION, ComplaintStatus.RESOLVED_AT_STAGE_ONE);
            case FINAL_RESPONSE -> EnumSet.of(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.RESOLVED_AT_STAGE_TWO);
            default -> throw ComplaintRuleBroken.of(ErrorCode.LETTER_NOT_WRITTEN_BY_STAFF, letter.kind());
        };
        if (!fits.contains(status)) {
            throw ComplaintRuleBroken.of(ErrorCode.LETTER_NOT_APPLICABLE, letter.kind(), letter.complaintId(), status);
        }
        if (letter.kind() == LetterKind.FINAL_RESPONSE && !Text.hasText(letter.signposting())) {
            throw ComplaintRuleBroken.of(ErrorCode.LETTER_SIGNPOSTING_MISSING, letter.complaintId());
        }
        return true;
    }

    Letters written(LetterWritten event) {
        Map<String, LetterWritten> next = new HashMap<>(byId);
        next.put(event.communicationId().value(), event);
        return new Letters(next);
    }
}
