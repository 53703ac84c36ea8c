package uk.co.welzo.klachten.command.improvement;

import static uk.co.welzo.klachten.command.improvement.ImprovementFixtures.*;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.command.AgreeImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.CompleteImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.DropImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.LinkComplaintToAction;
import uk.co.welzo.klachten.api.improvement.command.RaiseImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.ReviewImprovementEffect;
import uk.co.welzo.klachten.api.improvement.command.StartImprovementAction;
import uk.co.welzo.klachten.api.improvement.command.UnlinkComplaintFromAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintLinkedToAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintUnlinkedFromAction;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionCompleted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionDropped;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionStarted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementEffectReviewed;

/** R6.3: improvement actions are recorded, owned, stepped through and traceable to the complaints that caused them. */
class ImprovementActionTest {

    private AggregateTestFixture<ImprovementAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---- raising ----------------------------------------------------------------------------

    @Test
    @DisplayName("R6.3 the head raises an improvement action about a problem, owned by a manager, due on a date")
    void headRaisesAnAction() {
        fixture.givenNoPriorActivity()
                .when(raise(HEAD, HEAD_ROLES))
                .expectEvents(new ImprovementActionRaised(ID, TITLE, PROBLEM, DEPARTMENT, OWNER, DUE, NOW, HEAD));
    }

    @Test
    @DisplayName("R6.3 an analyst raises an improvement action; the texts are stored stripped")
    void analystRaisesAnAction() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, "  " + TITLE + " ", new ProblemArea(ProblemKind.CATEGORY, "PRODUCT_DEFECT"),
                        DEPARTMENT, OWNER, DUE, ANALYST, ANALYST_ROLES))
                .expectEvents(new ImprovementActionRaised(ID, TITLE, new ProblemArea(ProblemKind.CATEGORY, "PRODUCT_DEFECT"),
                        DEPARTMENT, OWNER, DUE, NOW, ANALYST));
    }

    @Test
    @DisplayName("R6.3 raising the same action again changes nothing (a retry)")
    void raisingTheSameActionAgainChangesNothing() {
        fixture.given(raised())
                .when(raise(HEAD, HEAD_ROLES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R6.3 rejects raising a different action under an id already used")
    void rejectsRaisingADifferentActionUnderAnUsedId() {
        fixture.given(raised())
                .when(new RaiseImprovementAction(ID, "Another title", PROBLEM, DEPARTMENT, OWNER, DUE, HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_ACTION_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R6.3 rejects raising by anyone but the head or an analyst")
    void rejectsRaisingByAManager() {
        fixture.givenNoPriorActivity()
                .when(raise(OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ONLY_HEAD_OR_ANALYST_RAISES));
    }

    @Test
    @DisplayName("R6.3 rejects raising by a command that carries no roles")
    void rejectsRaisingWithoutRoles() {
        fixture.givenNoPriorActivity()
                .when(raise(HEAD, null))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ONLY_HEAD_OR_ANALYST_RAISES));
    }

    @Test
    @DisplayName("R6.3 rejects raising an action with a blank title")
    void rejectsABlankTitle() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, " \u00a0", PROBLEM, DEPARTMENT, OWNER, DUE, HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("title"));
    }

    @Test
    @DisplayName("R6.3 rejects raising an action without an owner")
    void rejectsAnActionWithoutOwner() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, TITLE, PROBLEM, DEPARTMENT, " ", DUE, HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("owner"));
    }

    @Test
    @DisplayName("R6.3 rejects a category problem that names no category: the trends could never count it")
    void rejectsACategoryThatIsNone() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, TITLE, new ProblemArea(ProblemKind.CATEGORY, "Broken things"),
                        DEPARTMENT, OWNER, DUE, HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("problem.value"));
    }

    @Test
    @DisplayName("R6.3 rejects a due date before today")
    void rejectsADueDateInThePast() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, TITLE, PROBLEM, DEPARTMENT, OWNER, LocalDate.parse("2026-11-30"),
                        HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("due"));
    }

    @Test
    @DisplayName("R6.3 rejects a due date more than five years ahead")
    void rejectsADueDateOutOfReach() {
        fixture.givenNoPriorActivity()
                .when(new RaiseImprovementAction(ID, TITLE, PROBLEM, DEPARTMENT, OWNER, LocalDate.MAX, HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("due"));
    }

    @Test
    @DisplayName("R6.3 a step on an action never raised is refused as not found")
    void rejectsAStepOnAnUnknownAction() {
        fixture.givenNoPriorActivity()
                .when(new AgreeImprovementAction(ID, HEAD, HEAD_ROLES))
                .expectException(AggregateNotFoundException.class);
    }

    // ---- linking ----------------------------------------------------------------------------

    @Test
    @DisplayName("R6.3 an analyst links a complaint to the action, saying why")
    void linksAComplaint() {
        fixture.given(raised())
                .when(new LinkComplaintToAction(ID, COMPLAINT, " same courier damage ", ANALYST, ANALYST_ROLES))
                .expectEvents(new ComplaintLinkedToAction(ID, COMPLAINT, "same courier damage", NOW, ANALYST));
    }

    @Test
    @DisplayName("R6.3 linking a complaint already linked changes nothing")
    void linkingTwiceChangesNothing() {
        fixture.given(raised(), linked(COMPLAINT))
                .when(new LinkComplaintToAction(ID, COMPLAINT, "again", HEAD, HEAD_ROLES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R6.3 complaints are still linked to a done action, until its effect is reviewed")
    void linksToADoneAction() {
        fixture.given(historyIn(ImprovementState.DONE))
                .when(new LinkComplaintToAction(ID, OTHER_COMPLAINT, "late find", HEAD, HEAD_ROLES))
                .expectEvents(new ComplaintLinkedToAction(ID, OTHER_COMPLAINT, "late find", NOW, HEAD));
    }

    @Test
    @DisplayName("R6.3 rejects linking by anyone but the head or an analyst")
    void rejectsLinkingByTheOwner() {
        fixture.given(raised())
                .when(new LinkComplaintToAction(ID, COMPLAINT, "why", OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ONLY_HEAD_OR_ANALYST_RAISES));
    }

    @Test
    @DisplayName("R6.3 rejects linking without saying why")
    void rejectsLinkingWithoutWhy() {
        fixture.given(raised())
                .when(new LinkComplaintToAction(ID, COMPLAINT, "", ANALYST, ANALYST_ROLES))
                .expectNoEvents()
                .expectException(invalid("why"));
    }

    @ParameterizedTest(name = "R6.3 rejects linking a complaint once the action is {0}")
    @EnumSource(value = ImprovementState.class, names = {"EFFECT_REVIEWED", "DROPPED"})
    void rejectsLinkingOnceEnded(ImprovementState state) {
        fixture.given(historyIn(state))
                .when(new LinkComplaintToAction(ID, OTHER_COMPLAINT, "why", ANALYST, ANALYST_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 the head unlinks a complaint, saying why")
    void unlinksAComplaint() {
        fixture.given(raised(), linked(COMPLAINT))
                .when(new UnlinkComplaintFromAction(ID, COMPLAINT, "different cause", HEAD, HEAD_ROLES))
                .expectEvents(new ComplaintUnlinkedFromAction(ID, COMPLAINT, "different cause", NOW, HEAD));
    }

    @Test
    @DisplayName("R6.3 rejects unlinking a complaint that is not linked")
    void rejectsUnlinkingAComplaintNotLinked() {
        fixture.given(raised(), linked(COMPLAINT))
                .when(new UnlinkComplaintFromAction(ID, OTHER_COMPLAINT, "why", HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_LINKED));
    }

    @Test
    @DisplayName("R6.3 rejects unlinking by anyone but the head or an analyst")
    void rejectsUnlinkingByAnAgent() {
        fixture.given(raised(), linked(COMPLAINT))
                .when(new UnlinkComplaintFromAction(ID, COMPLAINT, "why", AGENT, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ONLY_HEAD_OR_ANALYST_RAISES));
    }

    @Test
    @DisplayName("R6.3 rejects unlinking once the action is dropped")
    void rejectsUnlinkingOnceDropped() {
        fixture.given(historyIn(ImprovementState.DROPPED))
                .when(new UnlinkComplaintFromAction(ID, COMPLAINT, "why", HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    // ---- the owner's steps ------------------------------------------------------------------

    @Test
    @DisplayName("R6.3 the owning manager agrees to the proposed action")
    void ownerAgrees() {
        fixture.given(historyIn(ImprovementState.PROPOSED))
                .when(new AgreeImprovementAction(ID, OWNER_ACTOR, MANAGER_ROLES))
                .expectEvents(new ImprovementActionAgreed(ID, NOW, OWNER_ACTOR));
    }

    @Test
    @DisplayName("R6.3 the head may agree in the owner's place")
    void headAgrees() {
        fixture.given(raised())
                .when(new AgreeImprovementAction(ID, HEAD, HEAD_ROLES))
                .expectEvents(new ImprovementActionAgreed(ID, NOW, HEAD));
    }

    @Test
    @DisplayName("R6.3 rejects agreeing by a manager who does not own the action")
    void rejectsAgreeingByAnotherManager() {
        fixture.given(raised())
                .when(new AgreeImprovementAction(ID, OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }

    @Test
    @DisplayName("R6.3 rejects agreeing by the analyst who raised it: only the owner or the head decide")
    void rejectsAgreeingByAnAnalyst() {
        fixture.given(raised())
                .when(new AgreeImprovementAction(ID, ANALYST, ANALYST_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }

    @Test
    @DisplayName("R6.3 rejects agreeing twice")
    void rejectsAgreeingTwice() {
        fixture.given(historyIn(ImprovementState.AGREED))
                .when(new AgreeImprovementAction(ID, OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 the owner starts an agreed action")
    void ownerStarts() {
        fixture.given(historyIn(ImprovementState.AGREED))
                .when(new StartImprovementAction(ID, OWNER_ACTOR, MANAGER_ROLES))
                .expectEvents(new ImprovementActionStarted(ID, NOW, OWNER_ACTOR));
    }

    @Test
    @DisplayName("R6.3 rejects starting an action not yet agreed")
    void rejectsStartingBeforeAgreement() {
        fixture.given(historyIn(ImprovementState.PROPOSED))
                .when(new StartImprovementAction(ID, OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 rejects starting by a manager who does not own the action")
    void rejectsStartingByAnotherManager() {
        fixture.given(historyIn(ImprovementState.AGREED))
                .when(new StartImprovementAction(ID, OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }

    @Test
    @DisplayName("R6.3 the owner completes an action in progress, saying what was done")
    void ownerCompletes() {
        fixture.given(historyIn(ImprovementState.IN_PROGRESS))
                .when(new CompleteImprovementAction(ID, "double boxes since November", OWNER_ACTOR, MANAGER_ROLES))
                .expectEvents(new ImprovementActionCompleted(ID, "double boxes since November", NOW, OWNER_ACTOR));
    }

    @Test
    @DisplayName("R6.3 rejects completing an action that was not started")
    void rejectsCompletingBeforeStart() {
        fixture.given(historyIn(ImprovementState.AGREED))
                .when(new CompleteImprovementAction(ID, "done", OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 rejects completing without saying what was done")
    void rejectsCompletingWithoutWhatWasDone() {
        fixture.given(historyIn(ImprovementState.IN_PROGRESS))
                .when(new CompleteImprovementAction(ID, " ", OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(invalid("whatWasDone"));
    }

    @Test
    @DisplayName("R6.3 rejects completing by a manager who does not own the action")
    void rejectsCompletingByAnotherManager() {
        fixture.given(historyIn(ImprovementState.IN_PROGRESS))
                .when(new CompleteImprovementAction(ID, "done", OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }

    @Test
    @DisplayName("R6.3 the owner reviews the effect of a done action")
    void ownerReviewsTheEffect() {
        fixture.given(historyIn(ImprovementState.DONE))
                .when(new ReviewImprovementEffect(ID, "half the complaints", OWNER_ACTOR, MANAGER_ROLES))
                .expectEvents(new ImprovementEffectReviewed(ID, "half the complaints", NOW, OWNER_ACTOR));
    }

    @Test
    @DisplayName("R6.3 rejects reviewing the effect of an action not done")
    void rejectsReviewingBeforeDone() {
        fixture.given(historyIn(ImprovementState.IN_PROGRESS))
                .when(new ReviewImprovementEffect(ID, "nothing yet", OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 rejects reviewing the effect twice")
    void rejectsReviewingTwice() {
        fixture.given(historyIn(ImprovementState.EFFECT_REVIEWED))
                .when(new ReviewImprovementEffect(ID, "again", HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 rejects an effect review without a finding")
    void rejectsReviewingWithoutFinding() {
        fixture.given(historyIn(ImprovementState.DONE))
                .when(new ReviewImprovementEffect(ID, null, OWNER_ACTOR, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(invalid("finding"));
    }

    @Test
    @DisplayName("R6.3 rejects an effect review by a manager who does not own the action")
    void rejectsReviewingByAnotherManager() {
        fixture.given(historyIn(ImprovementState.DONE))
                .when(new ReviewImprovementEffect(ID, "fine", OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }

    // ---- dropping ---------------------------------------------------------------------------

    @ParameterizedTest(name = "R6.3 the owner drops an action that is {0}, with a reason")
    @EnumSource(value = ImprovementState.class, names = {"PROPOSED", "AGREED", "IN_PROGRESS"})
    void ownerDropsBeforeDone(ImprovementState state) {
        fixture.given(historyIn(state))
                .when(new DropImprovementAction(ID, "courier replaced", OWNER_ACTOR, MANAGER_ROLES))
                .expectEvents(new ImprovementActionDropped(ID, "courier replaced", state, NOW, OWNER_ACTOR));
    }

    @ParameterizedTest(name = "R6.3 rejects dropping an action that is {0}")
    @EnumSource(value = ImprovementState.class, names = {"DONE", "EFFECT_REVIEWED", "DROPPED"})
    void rejectsDroppingOnceDone(ImprovementState state) {
        fixture.given(historyIn(state))
                .when(new DropImprovementAction(ID, "too late", HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED));
    }

    @Test
    @DisplayName("R6.3 rejects dropping without a reason")
    void rejectsDroppingWithoutReason() {
        fixture.given(raised())
                .when(new DropImprovementAction(ID, "\u200b", HEAD, HEAD_ROLES))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    @DisplayName("R6.3 rejects dropping by a manager who does not own the action")
    void rejectsDroppingByAnotherManager() {
        fixture.given(raised())
                .when(new DropImprovementAction(ID, "not mine", OTHER_MANAGER, MANAGER_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NOT_THE_ACTION_OWNER));
    }
}
