package uk.co.welzo.klachten.command.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.command.RaiseImprovementAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintLinkedToAction;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionCompleted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionDropped;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionStarted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementEffectReviewed;

/** Shared test data for improvement actions: one action, its people, and its history at each state. */
final class ImprovementFixtures {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant EARLIER = NOW.minusSeconds(86_400);
    static final ImprovementActionId ID = ImprovementActionId.of("ia-2026-01");
    static final ComplaintId COMPLAINT = ComplaintId.of("c-2026-0001");
    static final ComplaintId OTHER_COMPLAINT = ComplaintId.of("c-2026-0002");
    static final String TITLE = "Pack blood-pressure monitors in double boxes";
    static final ProblemArea PROBLEM = new ProblemArea(ProblemKind.ROOT_CAUSE, "Courier damage");
    static final String DEPARTMENT = "Warehouse";
    static final String OWNER = "dee.manager";
    static final LocalDate DUE = LocalDate.parse("2027-01-29");

    static final Actor HEAD = new Actor("helen.head");
    static final Actor ANALYST = new Actor("andy.analyst");
    static final Actor OWNER_ACTOR = new Actor(OWNER);
    static final Actor OTHER_MANAGER = new Actor("mo.othermanager");
    static final Actor AGENT = new Actor("carol.jones");
    static final Set<Role> HEAD_ROLES = Set.of(Role.HEAD_OF_CUSTOMER_SERVICE);
    static final Set<Role> ANALYST_ROLES = Set.of(Role.ANALYST);
    static final Set<Role> MANAGER_ROLES = Set.of(Role.DEPARTMENT_MANAGER);
    static final Set<Role> AGENT_ROLES = Set.of(Role.AGENT);

    private ImprovementFixtures() {
    }

    static AggregateTestFixture<ImprovementAction> fixture() {
        AggregateTestFixture<ImprovementAction> fixture = new AggregateTestFixture<>(ImprovementAction.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerCommandTargetResolver(ImprovementTargets.improvementActionTargets());
        return fixture;
    }

    static RaiseImprovementAction raise(Actor actor, Set<Role> roles) {
        return new RaiseImprovementAction(ID, TITLE, PROBLEM, DEPARTMENT, OWNER, DUE, actor, roles);
    }

    static ImprovementActionRaised raised() {
        return new ImprovementActionRaised(ID, TITLE, PROBLEM, DEPARTMENT, OWNER, DUE, EARLIER, ANALYST);
    }

    static ComplaintLinkedToAction linked(ComplaintId complaint) {
        return new ComplaintLinkedToAction(ID, complaint, "same courier damage", EARLIER, ANALYST);
    }

    static ImprovementActionAgreed agreed() {
        return new ImprovementActionAgreed(ID, EARLIER, OWNER_ACTOR);
    }

    static ImprovementActionStarted started() {
        return new ImprovementActionStarted(ID, EARLIER, OWNER_ACTOR);
    }

    static ImprovementActionCompleted completed() {
        return new ImprovementActionCompleted(ID, "double boxes since November", EARLIER, OWNER_ACTOR);
    }

    static ImprovementEffectReviewed reviewed() {
        return new ImprovementEffectReviewed(ID, "half the complaints", EARLIER, OWNER_ACTOR);
    }

    static ImprovementActionDropped dropped() {
        return new ImprovementActionDropped(ID, "courier replaced", ImprovementState.PROPOSED, EARLIER, HEAD);
    }

    /** The history that leaves the action in {@code state}, with complaint {@link #COMPLAINT} linked. */
    static Object[] historyIn(ImprovementState state) {
        return switch (state) {
            case PROPOSED -> new Object[] {raised(), linked(COMPLAINT)};
            case AGREED -> new Object[] {raised(), linked(COMPLAINT), agreed()};
            case IN_PROGRESS -> new Object[] {raised(), linked(COMPLAINT), agreed(), started()};
            case DONE -> new Object[] {raised(), linked(COMPLAINT), agreed(), started(), completed()};
            case EFFECT_REVIEWED -> new Object[] {raised(), linked(COMPLAINT), agreed(), started(), completed(), reviewed()};
            case DROPPED -> new Object[] {raised(), linked(COMPLAINT), dropped()};
        };
    }

    static Matcher<ImprovementRuleBroken> brokenRule(ErrorCode code) {
        return new FeatureMatcher<>(Matchers.is(code), "a refusal for the rule", "code") {
            @Override
            protected ErrorCode featureValueOf(ImprovementRuleBroken refusal) {
                return refusal.code();
            }
        };
    }

    static Matcher<ImprovementRuleBroken> invalid(String field) {
        return Matchers.allOf(brokenRule(ErrorCode.INVALID_INPUT), new FeatureMatcher<>(Matchers.is(field), "about", "field") {
            @Override
            protected String featureValueOf(ImprovementRuleBroken refusal) {
                return refusal.field();
            }
        });
    }
}
