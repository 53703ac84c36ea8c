package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/** The letters staff write a part of: the stage-1 outcome (R3.3, R3.5) and the final response (R4.5, R7.1). */
class LetterTest {

    static final CommunicationId LETTER = CommunicationId.of("letter-1");
    static final String FINDINGS = "A pallet of batch 42 was dropped in our warehouse";
    static final String SIGNPOSTING = "Citizens Advice consumer helpline, 0808 223 1133";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static SendLetter send(LetterKind kind, String findings, String signposting) {
        return new SendLetter(ID, LETTER, kind, findings, null, signposting, null, kind == LetterKind.FINAL_RESPONSE ? MANAGER_USER : ACTOR,
                kind == LetterKind.FINAL_RESPONSE ? MANAGER_ROLES : AGENT_ROLES);
    }

    static LetterWritten written(LetterKind kind, String signposting) {
        return new LetterWritten(ID, LETTER, kind, FINDINGS, null, signposting, null, NOW, NOW,
                kind == LetterKind.FINAL_RESPONSE ? MANAGER_USER : ACTOR);
    }

    @Test
    @DisplayName("R3.3 staff write the findings of the stage-1 outcome letter once stage 1 is resolved")
    void writesTheStageOneOutcome() {
        fixture.given(resolvedAtStageOne())
                .when(send(LetterKind.STAGE_ONE_OUTCOME, "  " + FINDINGS + " ", null))
                .expectEvents(written(LetterKind.STAGE_ONE_OUTCOME, null));
    }

    @Test
    @DisplayName("R3.3 the same letter again (a retry) writes nothing more")
    void aRetryWritesNothing() {
        fixture.given(plus(resolvedAtStageOne(), written(LetterKind.STAGE_ONE_OUTCOME, null)))
                .when(send(LetterKind.STAGE_ONE_OUTCOME, FINDINGS, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.3 other findings under a communication id already used are refused")
    void otherDetailsUnderAUsedIdAreRefused() {
        fixture.given(plus(resolvedAtStageOne(), written(LetterKind.STAGE_ONE_OUTCOME, null)))
                .when(send(LetterKind.STAGE_ONE_OUTCOME, "Something else", null))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMMUNICATION_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R3.3 a letter under the id of a communication already recorded is refused")
    void anIdOfARecordedCommunicationIsRefused() {
        fixture.given(plus(resolvedAtStageOne(), communicated(COMMUNICATION, Direction.OUTBOUND, SUMMARY)))
                .when(new SendLetter(ID, COMMUNICATION, LetterKind.STAGE_ONE_OUTCOME, FINDINGS, null, null, null, ACTOR,
                        AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMMUNICATION_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R3.3 a stage-1 outcome letter without findings is refused, naming findings")
    void findingsAreRequired() {
        fixture.given(resolvedAtStageOne())
                .when(send(LetterKind.STAGE_ONE_OUTCOME, " ", null))
                .expectNoEvents()
                .expectException(naming("findings"));
    }

    @Test
    @DisplayName("R3.3 the stage-1 outcome may be written while stage 1 is investigated: the resolution then names it")
    void theOutcomeMayPrecedeTheResolution() {
        fixture.given(underInvestigation())
                .when(send(LetterKind.STAGE_ONE_OUTCOME, FINDINGS, null))
                .expectEvents(written(LetterKind.STAGE_ONE_OUTCOME, null));
    }

    @Test
    @DisplayName("R3.3, R4.5 the final response does not fit a complaint still at stage 1")
    void theFinalResponseDoesNotFitStageOne() {
        fixture.given(underInvestigation())
                .when(send(LetterKind.FINAL_RESPONSE, FINDINGS, SIGNPOSTING))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LETTER_NOT_APPLICABLE));
    }

    @Test
    @DisplayName("R4.5 staff write the final response with the signposting once stage 2 is resolved")
    void writesTheFinalResponse() {
        fixture.given(resolvedAtStageTwo())
                .when(send(LetterKind.FINAL_RESPONSE, FINDINGS, SIGNPOSTING))
                .expectEvents(written(LetterKind.FINAL_RESPONSE, SIGNPOSTING));
    }

    @Test
    @DisplayName("R4.5 a final response without the signposting to independent advice is refused")
    void theFinalResponseSignposts() {
        fixture.given(resolvedAtStageTwo())
                .when(send(LetterKind.FINAL_RESPONSE, FINDINGS, "  "))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LETTER_SIGNPOSTING_MISSING));
    }

    @Test
    @DisplayName("R4.5 the final response does not fit a complaint resolved at stage 1 only")
    void theFinalResponseWaitsForStageTwo() {
        fixture.given(resolvedAtStageOne())
                .when(send(LetterKind.FINAL_RESPONSE, FINDINGS, SIGNPOSTING))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LETTER_NOT_APPLICABLE));
    }

    @Test
    @DisplayName("R2.2 the service writes the acknowledgement itself: staff cannot send it as their letter")
    void theServiceWritesTheOtherLetters() {
        fixture.given(underInvestigation())
                .when(send(LetterKind.ACKNOWLEDGEMENT, FINDINGS, null))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LETTER_NOT_WRITTEN_BY_STAFF));
    }

    @Test
    @DisplayName("R3.3 a letter in a language the service does not write is refused, naming language")
    void onlyEnglishOrDutch() {
        fixture.given(resolvedAtStageOne())
                .when(new SendLetter(ID, LETTER, LetterKind.STAGE_ONE_OUTCOME, FINDINGS, null, null, "fr", ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(naming("language"));
    }

    @Test
    @DisplayName("R3.3 no letter is written for a closed complaint")
    void noLetterAfterClosure() {
        fixture.given(closedHistory())
                .when(send(LetterKind.STAGE_ONE_OUTCOME, FINDINGS, null))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.LETTER_NOT_APPLICABLE));
    }
}
