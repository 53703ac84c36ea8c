package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * R3.3: a resolution names the recorded communication that told the customer the findings, at the stage it resolves:
 * an outbound e-mail or phone call, or the letter staff wrote for that stage.
 */
class FindingsCommunicatedTest {

    static final CommunicationId EMAIL = CommunicationId.of("email-1");
    static final CommunicationId LETTER = CommunicationId.of("letter-1");
    static final String FINDINGS = "A pallet of batch 42 was dropped in our warehouse";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static CustomerCommunicationRecorded recorded(CommunicationId id, CommunicationChannel channel, Direction direction) {
        return new CustomerCommunicationRecorded(ID, id, channel, direction, FINDINGS_SUMMARY, NOW, NOW, ACTOR);
    }

    static LetterWritten letter(LetterKind kind) {
        return new LetterWritten(ID, LETTER, kind, FINDINGS, null,
                kind == LetterKind.FINAL_RESPONSE ? "Citizens Advice" : null, null, NOW, NOW, ACTOR);
    }

    static ResolveComplaint resolveNaming(CommunicationId findings) {
        return new ResolveComplaint(ID, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, false, findings, null, null, ACTOR,
                AGENT_ROLES);
    }

    static ComplaintResolved resolvedNaming(CommunicationId findings, CommunicationChannel channel) {
        return new ComplaintResolved(ID, Stage.ONE, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, false, findings, channel,
                null, NOW, NOW, ESCALATION_WINDOW_ENDS, POLICY_VERSION, ACTOR);
    }

    // ---- what carries the findings ----------------------------------------------------------------

    @Test
    @DisplayName("R3.3 the stage-1 resolution names the outbound phone call that told the customer the findings")
    void aPhoneCallCarriesTheFindings() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(resolve(false))
                .expectEvents(resolvedNaming(FINDINGS_CALL, CommunicationChannel.PHONE));
    }

    @Test
    @DisplayName("R3.3 the stage-1 resolution names the outbound e-mail that told the customer the findings")
    void anEmailCarriesTheFindings() {
        fixture.given(plus(underInvestigation(), recorded(EMAIL, CommunicationChannel.EMAIL, Direction.OUTBOUND)))
                .when(resolveNaming(EMAIL))
                .expectEvents(resolvedNaming(EMAIL, CommunicationChannel.EMAIL));
    }

    @Test
    @DisplayName("R3.3 the stage-1 resolution names the stage-1 outcome letter staff wrote; the outbox sends it")
    void theWrittenOutcomeLetterCarriesTheFindings() {
        fixture.given(plus(underInvestigation(), letter(LetterKind.STAGE_ONE_OUTCOME)))
                .when(resolveNaming(LETTER))
                .expectEvents(resolvedNaming(LETTER, CommunicationChannel.LETTER));
    }

    @Test
    @DisplayName("R3.3, R4.2 the stage-2 resolution names the final response the reviewing manager wrote")
    void theWrittenFinalResponseCarriesTheReviewFindings() {
        fixture.given(plus(underReview(), letter(LetterKind.FINAL_RESPONSE)))
                .when(resolveStageTwo(true, LETTER, REVIEW, MANAGER_USER, MANAGER_ROLES))
                .expectEvents(resolvedAtStageTwoEvent(LETTER, CommunicationChannel.LETTER, MANAGER_USER));
    }

    @Test
    @DisplayName("R3.3, R4.2 at stage 2 a call recorded after the escalation counts, even before it was forwarded")
    void aCallAfterTheEscalationCountsAtStageTwo() {
        fixture.given(plus(escalatedHistory(), toldReviewFindings(), escalationAcknowledged()))
                .when(resolveStageTwo(true))
                .expectEvents(resolvedAtStageTwoEvent());
    }

    // ---- refusals -------------------------------------------------------------------------------------

    @Test
    @DisplayName("R3.3 rejects a resolution that names no communication, naming findingsCommunicationId")
    void rejectsAResolutionNamingNoCommunication() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(resolveNaming(null))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED),
                        naming("findingsCommunicationId")));
    }

    @Test
    @DisplayName("R3.3 rejects a resolution naming a communication the complaint never recorded")
    void rejectsAnUnknownCommunication() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(resolveNaming(CommunicationId.of("never-recorded")))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3 rejects a resolution naming a letter the service wrote by itself, such as the acknowledgement")
    void rejectsALetterTheServiceWroteFromAStep() {
        CustomerCommunicationRecorded acknowledgementLetter = new CustomerCommunicationRecorded(ID, EMAIL,
                CommunicationChannel.EMAIL, Direction.OUTBOUND, "ACKNOWLEDGEMENT letter e-mailed to the customer",
                NOW, NOW, Actor.CORRESPONDENCE);
        fixture.given(plus(underInvestigation(), acknowledgementLetter))
                .when(resolveNaming(EMAIL))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3 rejects a resolution naming what the customer told us: an inbound communication")
    void rejectsAnInboundCommunication() {
        fixture.given(plus(underInvestigation(), recorded(EMAIL, CommunicationChannel.EMAIL, Direction.INBOUND)))
                .when(resolveNaming(EMAIL))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3 rejects a resolution naming a letter recorded by hand: findings go by e-mail, phone or the staff letter")
    void rejectsAManualLetterCommunication() {
        fixture.given(plus(underInvestigation(), recorded(EMAIL, CommunicationChannel.LETTER, Direction.OUTBOUND)))
                .when(resolveNaming(EMAIL))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3, R4.2 rejects a stage-2 resolution naming the call that told the customer stage 1's findings")
    void rejectsAStageOneCommunicationAtStageTwo() {
        fixture.given(underReview())
                .when(resolveStageTwo(true, FINDINGS_CALL, REVIEW, MANAGER_USER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3 rejects a stage-1 resolution naming a letter of another kind than the stage-1 outcome")
    void rejectsTheWrongLetterKindAtStageOne() {
        fixture.given(plus(underInvestigation(), letter(LetterKind.FINAL_RESPONSE)))
                .when(resolveNaming(LETTER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }

    @Test
    @DisplayName("R3.3, R4.5 rejects a stage-2 resolution naming a stage-1 outcome letter written at stage 2's time")
    void rejectsTheWrongLetterKindAtStageTwo() {
        fixture.given(plus(underReview(), letter(LetterKind.STAGE_ONE_OUTCOME)))
                .when(resolveStageTwo(true, LETTER, REVIEW, MANAGER_USER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.FINDINGS_NOT_COMMUNICATED));
    }
}
