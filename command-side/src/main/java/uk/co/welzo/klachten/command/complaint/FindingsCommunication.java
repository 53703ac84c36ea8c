package uk.co.welzo.klachten.command.complaint;

import java.util.Set;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * R3.3: the findings and the proposed resolution go to the customer by e-mail or phone, and the resolution names the
 * recorded communication that carried them, within the stage it resolves: an outbound e-mail or phone call recorded
 * with the customer, or the letter staff wrote for the stage (the stage-1 outcome, the final response), which the
 * outbox sends by e-mail or post once the resolution is recorded. A communication recorded before the escalation
 * told the customer stage 1's findings, not the review's. A letter the service wrote by itself from a step (recorded
 * by {@link Actor#CORRESPONDENCE}: the acknowledgement, an extension) tells of that step, never the findings.
 */
final class FindingsCommunication {

    private FindingsCommunication() {
    }

    /**
     * The channel that carried the findings ({@code LETTER} for a staff letter), or a refusal naming
     * {@code findingsCommunicationId}; {@code earlierStages} are the ids recorded before the stage began.
     */
    static CommunicationChannel channel(ComplaintId id, Stage stage, CommunicationId named,
            Communications communications, Letters letters, Set<String> earlierStages) {
        if (named == null) {
            throw ComplaintRuleBroken.of(ErrorCode.FINDINGS_NOT_COMMUNICATED, id);
        }
        LetterKind letterOfStage = stage == Stage.ONE ? LetterKind.STAGE_ONE_OUTCOME : LetterKind.FINAL_RESPONSE;
        String key = named.value();
        if (!earlierStages.contains(key)) {
            LetterWritten letter = letters.byId().get(key);
            if (letter != null && letter.kind() == letterOfStage) {
                return CommunicationChannel.LETTER;
            }
            CustomerCommunicationRecorded recorded = communications.byId().get(key);
            if (letter == null && recorded != null && recorded.direction() == Direction.OUTBOUND
                    && !Actor.CORRESPONDENCE.equals(recorded.actor())
                    && (recorded.channel() == CommunicationChannel.EMAIL || recorded.channel() == CommunicationChannel.PHONE)) {
                return recorded.channel();
            }
        }
        throw ComplaintRuleBroken.of(ErrorCode.FINDINGS_NOT_COMMUNICATED, key, id, letterOfStage);
    }
}
