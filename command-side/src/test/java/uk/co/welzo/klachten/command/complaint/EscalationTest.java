package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import java.util.Set;
import org.hamcrest.Matchers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;

/** Stage 2: escalation, its acknowledgement, the final resolution and external support (R4, R7). */
class EscalationTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---- R4.1 escalation ----------------------------------------------------------------------------

    @Test
    @DisplayName("R4.1, R4.3 escalates a stage-1 resolution; acknowledgement target Tue 5 Jan (warned end of Mon 4 Jan), limit Tue 12 Jan 2027 (warned end of Mon 11 Jan)")
    void escalatesAndStartsTheAcknowledgementTargetAndLimit() {
        fixture.given(resolvedAtStageOne())
                .when(escalate())
                .expectEvents(escalated(NOW, Instant.parse("2027-01-06T00:00:00Z"), Instant.parse("2027-01-05T00:00:00Z"),
                        Instant.parse("2027-01-13T00:00:00Z"), Instant.parse("2027-01-12T00:00:00Z")));
    }

    @Test
    @DisplayName("R4.1 rejects escalation before the stage-1 resolution")
    void rejectsEscalationBeforeStageOneResolution() {
        fixture.given(underInvestigation())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.STAGE_ONE_NOT_RESOLVED));
    }

    @Test
    @DisplayName("R4.1 rejects escalation of a complaint not yet acknowledged")
    void rejectsEscalationOfAReceivedComplaint() {
        fixture.given(received())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.STAGE_ONE_NOT_RESOLVED));
    }

    @Test
    @DisplayName("R4.1 rejects a second escalation")
    void rejectsASecondEscalation() {
        fixture.given(escalatedHistory())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_ESCALATED));
    }

    @Test
    @DisplayName("R4.1 rejects escalating again after the stage-2 resolution: only once")
    void rejectsEscalationAfterStageTwoResolution() {
        fixture.given(resolvedAtStageTwo())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_ESCALATED));
    }

    @Test
    @DisplayName("Lifecycle: rejects escalation once the 8-week window has ended")
    void rejectsEscalationAfterTheWindow() {
        fixture.given(windowEndingNow())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_WINDOW_LAPSED));
    }

    @Test
    @DisplayName("R1.3, lifecycle: a request that arrived inside the window is accepted when typed in after it")
    void acceptsARequestThatArrivedInsideTheWindow() {
        Instant arrived = NOW.minusSeconds(1);
        fixture.given(windowEndingNow())
                .when(escalate(arrived))
                .expectEvents(escalated(arrived, ESCALATION_TARGET, ESCALATION_TARGET_WARNING, ESCALATION_LIMIT,
                        ESCALATION_LIMIT_WARNING));
    }

    @Test
    @DisplayName("R4.1 rejects an escalation without a reason")
    void rejectsEscalationWithoutReason() {
        fixture.given(resolvedAtStageOne())
                .when(new EscalateComplaint(ID, "", null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("Lifecycle: rejects escalation of a closed complaint")
    void rejectsEscalationOfAClosedComplaint() {
        fixture.given(closedHistory())
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }

    // ---- R4.2, R4.3 acknowledgement of the escalation --------------------------------------------------

    @Test
    @DisplayName("R4.2, R4.4 acknowledges the escalation to a manager; stage 2 is due by the end of Tue 12 Jan 2027, warned at the end of Mon 11 Jan")
    void acknowledgesTheEscalationAndStartsTheStageTwoDeadline() {
        fixture.given(escalatedHistory())
                .when(acknowledgeEscalation())
                .expectEvents(escalationAcknowledged(NOW, Instant.parse("2027-01-13T00:00:00Z"),
                        Instant.parse("2027-01-12T00:00:00Z")));
    }

    @Test
    @DisplayName("R1.3, R4.4 an escalation acknowledged on Wednesday counts ten working days from Wednesday: Mon 11 Jan 2027, warned at the end of Fri 8 Jan")
    void countsTheStageTwoDeadlineFromWhenTheEscalationWasAcknowledged() {
        Instant monday = Instant.parse("2026-12-21T10:00:00Z");
        Instant wednesday = Instant.parse("2026-12-23T15:00:00Z");
        fixture.given(lodged(monday, Instant.parse("2026-12-23T10:00:00Z"), Instant.parse("2026-12-22T22:00:00Z")),
                        acknowledged(monday, Instant.parse("2027-01-08T00:00:00Z"), Instant.parse("2027-01-07T00:00:00Z")),
                        resolvedAtStageOne(monday, Instant.parse("2027-02-15T10:00:00Z")),
                        escalated(monday, Instant.parse("2026-12-31T00:00:00Z"), Instant.parse("2026-12-30T00:00:00Z"),
                                Instant.parse("2027-01-08T00:00:00Z"), Instant.parse("2027-01-07T00:00:00Z")))
                .when(acknowledgeEscalation(wednesday))
                .expectEvents(escalationAcknowledged(wednesday, Instant.parse("2027-01-12T00:00:00Z"),
                        Instant.parse("2027-01-09T00:00:00Z")));
    }

    @Test
    @DisplayName("R4.3 rejects acknowledging an escalation that was not requested")
    void rejectsAcknowledgingAnEscalationNotRequested() {
        fixture.given(resolvedAtStageOne())
                .when(acknowledgeEscalation())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_NOT_REQUESTED));
    }

    @Test
    @DisplayName("R4.3 rejects acknowledging the escalation a second time")
    void rejectsASecondEscalationAcknowledgement() {
        fixture.given(underReview())
                .when(acknowledgeEscalation())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_NOT_REQUESTED));
    }

    @Test
    @DisplayName("R4.2 rejects an escalation acknowledgement without a department manager")
    void rejectsEscalationAcknowledgementWithoutManager() {
        fixture.given(escalatedHistory())
                .when(new AcknowledgeEscalation(ID, null, null, SUPERVISOR, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R4.2 rejects a department manager whose name shows nothing, as the edge does")
    void rejectsADepartmentManagerWhoseNameShowsNothing() {
        fixture.given(escalatedHistory())
                .when(new AcknowledgeEscalation(ID, new DepartmentManager("dan.brown", "\u00A0", "Warehouse"), null,
                        SUPERVISOR, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.3 rejects an escalation acknowledgement dated before the escalation")
    void rejectsEscalationAcknowledgementBeforeTheEscalation() {
        fixture.given(escalatedHistory())
                .when(acknowledgeEscalation(NOW.minusSeconds(1)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT));
    }

    // ---- R4.5 stage-2 resolution ------------------------------------------------------------------------

    @Test
    @DisplayName("R4.5, R7.1 resolves stage 2, signposting the customer; no escalation window follows")
    void resolvesStageTwoWithSignposting() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true))
                .expectEvents(resolvedAtStageTwoEvent());
    }

    @Test
    @DisplayName("R4.5 rejects a stage-2 resolution that does not signpost the customer")
    void rejectsStageTwoResolutionWithoutSignposting() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(false))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.SIGNPOSTING_REQUIRED));
    }

    @Test
    @DisplayName("R4.2 rejects resolving before the escalation is acknowledged")
    void rejectsResolutionBeforeTheEscalationIsAcknowledged() {
        fixture.given(escalatedHistory())
                .when(resolveStageTwo(true))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_NOT_ACKNOWLEDGED));
    }

    @Test
    @DisplayName("R4.5 rejects a second stage-2 resolution")
    void rejectsASecondStageTwoResolution() {
        fixture.given(resolvedAtStageTwo())
                .when(resolveStageTwo(true))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION));
    }

    // ---- R4.2 who forwards, who reviews, what the review states ------------------------------------------------

    @Test
    @DisplayName("R4.2 only the head of customer service forwards the escalation: an agent is refused")
    void rejectsAForwardByAnAgent() {
        fixture.given(escalatedHistory())
                .when(new AcknowledgeEscalation(ID, MANAGER, null, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ONLY_THE_HEAD_FORWARDS));
    }

    @Test
    @DisplayName("R4.2 the escalation is forwarded to a manager's user name: without one it is refused, naming managerUserName")
    void rejectsAForwardToAManagerWithoutAUserName() {
        fixture.given(escalatedHistory())
                .when(new AcknowledgeEscalation(ID, new DepartmentManager(" ", "Dan Brown", "Warehouse"), null, SUPERVISOR,
                        HEAD_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.MANAGER_USER_REQUIRED), naming("managerUserName")));
    }

    @Test
    @DisplayName("R4.2 the head of customer service may give the stage-2 resolution of an escalation forwarded to a manager")
    void theHeadResolvesStageTwo() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, REVIEW, SUPERVISOR, HEAD_ROLES))
                .expectEvents(resolvedAtStageTwoEvent(REVIEW_CALL, CommunicationChannel.PHONE, SUPERVISOR));
    }

    @Test
    @DisplayName("R4.2 another department manager may not give the stage-2 resolution")
    void anotherManagerMayNotResolveStageTwo() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, REVIEW, OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_REVIEWING_MANAGER));
    }

    @Test
    @DisplayName("R4.2 an agent may not give the stage-2 resolution")
    void anAgentMayNotResolveStageTwo() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, REVIEW, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_REVIEWING_MANAGER));
    }

    @Test
    @DisplayName("R4.2 an escalation forwarded before user names were recorded: any department manager may resolve stage 2")
    void anyManagerResolvesALegacyEscalation() {
        fixture.given(plus(escalatedHistory(), legacyAcknowledged(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, REVIEW, OTHER_MANAGER, MANAGER_ROLES))
                .expectEvents(resolvedAtStageTwoEvent(REVIEW_CALL, CommunicationChannel.PHONE, OTHER_MANAGER));
    }

    @Test
    @DisplayName("R4.2 an escalation forwarded before user names were recorded: an agent still may not resolve stage 2")
    void anAgentMayNotResolveALegacyEscalation() {
        fixture.given(plus(escalatedHistory(), legacyAcknowledged(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, REVIEW, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_REVIEWING_MANAGER));
    }

    @Test
    @DisplayName("R4.2 the stage-2 resolution states the manager's review: without a summary it is refused")
    void rejectsAStageTwoResolutionWithoutReview() {
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, new StageTwoReview(" ", "Postage refunded"), MANAGER_USER,
                        MANAGER_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.STAGE_TWO_REVIEW_REQUIRED), naming("review.summary")));
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, null, MANAGER_USER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.STAGE_TWO_REVIEW_REQUIRED));
    }

    @Test
    @DisplayName("R4.2 a review without further action records none")
    void aReviewWithoutFurtherActionRecordsNone() {
        StageTwoReview noAction = new StageTwoReview("  Stage-1 findings confirmed ", " ");
        fixture.given(plus(underReview(), toldReviewFindings()))
                .when(resolveStageTwo(true, REVIEW_CALL, noAction, MANAGER_USER, MANAGER_ROLES))
                .expectEvents(new ComplaintResolved(ID, Stage.TWO, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, true,
                        REVIEW_CALL, CommunicationChannel.PHONE, new StageTwoReview("Stage-1 findings confirmed", null),
                        NOW, NOW, null, POLICY_VERSION, MANAGER_USER));
    }

    @Test
    @DisplayName("R4.2 a review belongs to stage 2: a stage-1 resolution with one is refused, naming review")
    void rejectsAReviewAtStageOne() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(new ResolveComplaint(ID, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, false, FINDINGS_CALL, REVIEW,
                        null, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), naming("review")));
    }

    @Test
    @DisplayName("R4.2, R4.5 the reviewing manager writes the final response while reviewing")
    void theReviewingManagerWritesTheFinalResponse() {
        fixture.given(underReview())
                .when(finalResponse(MANAGER_USER, MANAGER_ROLES))
                .expectEvents(finalResponseWritten(MANAGER_USER));
    }

    @Test
    @DisplayName("R4.2, R4.5 the head of customer service may write the final response")
    void theHeadWritesTheFinalResponse() {
        fixture.given(resolvedAtStageTwo())
                .when(finalResponse(SUPERVISOR, HEAD_ROLES))
                .expectEvents(finalResponseWritten(SUPERVISOR));
    }

    @Test
    @DisplayName("R4.2, R4.5 an agent may not send the final response of an escalation forwarded to a manager")
    void anAgentMayNotSendTheFinalResponse() {
        fixture.given(resolvedAtStageTwo())
                .when(finalResponse(ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_REVIEWING_MANAGER));
    }

    @Test
    @DisplayName("R4.2, R4.5 another department manager may not send the final response")
    void anotherManagerMayNotSendTheFinalResponse() {
        fixture.given(underReview())
                .when(finalResponse(OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_REVIEWING_MANAGER));
    }

    @Test
    @DisplayName("R4.2, R4.5 an escalation forwarded before user names were recorded: any department manager sends the final response")
    void anyManagerSendsTheFinalResponseOfALegacyEscalation() {
        fixture.given(plus(escalatedHistory(), legacyAcknowledged()))
                .when(finalResponse(OTHER_MANAGER, MANAGER_ROLES))
                .expectEvents(finalResponseWritten(OTHER_MANAGER));
    }

    static final Actor OTHER_MANAGER = new Actor("eve.green");
    static final CommunicationId FINAL_LETTER = CommunicationId.of("final-1");

    static EscalationAcknowledged legacyAcknowledged() {
        return new EscalationAcknowledged(ID, LEGACY_MANAGER, NOW, NOW, STAGE_TWO_DUE, STAGE_TWO_WARNING, POLICY_VERSION,
                SUPERVISOR);
    }

    static SendLetter finalResponse(Actor actor, Set<Role> roles) {
        return new SendLetter(ID, FINAL_LETTER, LetterKind.FINAL_RESPONSE, "Review done", null, "Citizens Advice", null,
                actor, roles);
    }

    static LetterWritten finalResponseWritten(Actor actor) {
        return new LetterWritten(ID, FINAL_LETTER, LetterKind.FINAL_RESPONSE, "Review done", null, "Citizens Advice", null,
                NOW, NOW, actor);
    }

    // ---- R7.1 external referral ----------------------------------------------------------------------------

    @Test
    @DisplayName("R7.1 records an external referral after the final resolution")
    void recordsAnExternalReferral() {
        fixture.given(resolvedAtStageTwo())
                .when(refer(OMBUDSMAN))
                .expectEvents(referred(OMBUDSMAN));
    }

    @Test
    @DisplayName("R7.1 records an external referral learnt of after closure")
    void recordsAnExternalReferralAfterClosure() {
        fixture.given(plus(resolvedAtStageTwo(), closed(ClosureReason.FINAL_RESPONSE_GIVEN)))
                .when(refer(OMBUDSMAN))
                .expectEvents(referred(OMBUDSMAN));
    }

    @Test
    @DisplayName("R7.1 the same referral body again emits nothing")
    void repeatedReferralEmitsNothing() {
        fixture.given(plus(resolvedAtStageTwo(), referred(OMBUDSMAN)))
                .when(refer(OMBUDSMAN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R7.1 rejects a referral without a body")
    void rejectsAReferralWithoutBody() {
        fixture.given(resolvedAtStageTwo())
                .when(new RecordExternalReferral(ID, " ", null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }
}
