package uk.co.welzo.klachten.command.improvement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
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

/**
 * One improvement action taken because of complaints (R6.3): proposed, agreed, in progress, done, effect reviewed; or
 * dropped, with a reason, at any point before done. It keeps which complaints caused it. Who may act is enforced here
 * from the command's roles and actor ({@link Authority}), whatever edge sent it.
 */
@Aggregate(commandTargetResolver = "improvementActionTargets")
public class ImprovementAction {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** An improvement is planned within reach; a date further out is a typing mistake (and no read model stores year 999999999). */
    static final int LONGEST_YEARS = 5;

    @AggregateIdentifier
    private String streamId;
    private ImprovementActionRaised raising;
    private ImprovementState state;
    private Set<ComplaintId> linked = Set.of();

    protected ImprovementAction() {
        // for Axon
    }

    /** Raises the action; the same command again changes nothing, a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RaiseImprovementAction command, Clock clock) {
        ImprovementActionId id = Given.value("actionId", command.actionId());
        Authority.requireHeadOrAnalyst(command.actorRoles(), "raise", id, command.actor());
        Instant now = clock.instant();
        ImprovementActionRaised raised = new ImprovementActionRaised(id, Given.text("title", command.title()),
                Given.problem(command.problem()), Given.text("owningDepartment", command.owningDepartment()),
                Given.text("owner", command.owner()), Given.value("due", command.due()), now, command.actor());
        if (raising != null) {
            if (!sameAction(raised, raising)) {
                throw ImprovementRuleBroken.of(ErrorCode.IMPROVEMENT_ACTION_ID_ALREADY_USED, id);
            }
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        if (raised.due().isBefore(today)) {
            throw ImprovementRuleBroken.invalid("due", "must not be before today, " + today);
        }
        if (raised.due().isAfter(today.plusYears(LONGEST_YEARS))) {
            throw ImprovementRuleBroken.invalid("due", "must be within " + LONGEST_YEARS + " years, by " + today.plusYears(LONGEST_YEARS));
        }
        apply(raised);
    }

    /** Links a complaint as a cause; linking one already linked changes nothing, so a retry is safe. */
    @CommandHandler
    public void handle(LinkComplaintToAction command, Clock clock) {
        Authority.requireHeadOrAnalyst(command.actorRoles(), "link complaints to", id(), command.actor());
        ComplaintId complaintId = Given.value("complaintId", command.complaintId());
        String why = Given.text("why", command.why());
        requireLinksOpen("linked to a complaint");
        if (linked.contains(complaintId)) {
            return;
        }
        apply(new ComplaintLinkedToAction(id(), complaintId, why, clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(UnlinkComplaintFromAction command, Clock clock) {
        Authority.requireHeadOrAnalyst(command.actorRoles(), "unlink complaints from", id(), command.actor());
        ComplaintId complaintId = Given.value("complaintId", command.complaintId());
        String why = Given.text("why", command.why());
        requireLinksOpen("unlinked from a complaint");
        if (!linked.contains(complaintId)) {
            throw ImprovementRuleBroken.of(ErrorCode.COMPLAINT_NOT_LINKED, complaintId, id());
        }
        apply(new ComplaintUnlinkedFromAction(id(), complaintId, why, clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(AgreeImprovementAction command, Clock clock) {
        Authority.requireOwnerOrHead(command.actorRoles(), command.actor(), raising.owner(), id());
        requireState(ImprovementState.PROPOSED, "agreed");
        apply(new ImprovementActionAgreed(id(), clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(StartImprovementAction command, Clock clock) {
        Authority.requireOwnerOrHead(command.actorRoles(), command.actor(), raising.owner(), id());
        requireState(ImprovementState.AGREED, "started");
        apply(new ImprovementActionStarted(id(), clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(CompleteImprovementAction command, Clock clock) {
        Authority.requireOwnerOrHead(command.actorRoles(), command.actor(), raising.owner(), id());
        String whatWasDone = Given.text("whatWasDone", command.whatWasDone());
        requireState(ImprovementState.IN_PROGRESS, "completed");
        apply(new ImprovementActionCompleted(id(), whatWasDone, clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(ReviewImprovementEffect command, Clock clock) {
        Authority.requireOwnerOrHead(command.actorRoles(), command.actor(), raising.owner(), id());
        String finding = Given.text("finding", command.finding());
        requireState(ImprovementState.DONE, "reviewed for its effect");
        apply(new ImprovementEffectReviewed(id(), finding, clock.instant(), command.actor()));
    }

    @CommandHandler
    public void handle(DropImprovementAction command, Clock clock) {
        Authority.requireOwnerOrHead(command.actorRoles(), command.actor(), raising.owner(), id());
        String reason = Given.text("reason", command.reason());
        if (!state.isOpen()) {
            throw notAllowed("dropped");
        }
        apply(new ImprovementActionDropped(id(), reason, state, clock.instant(), command.actor()));
    }

    private ImprovementActionId id() {
        return raising.actionId();
    }

    private void requireState(ImprovementState required, String step) {
        if (state != required) {
            throw notAllowed(step);
        }
    }

    /** Complaints are linked and unlinked until the effect is reviewed or the action dropped. */
    private void requireLinksOpen(String step) {
        if (state == ImprovementState.EFFECT_REVIEWED || state == ImprovementState.DROPPED) {
            throw notAllowed(step);
        }
    }

    private ImprovementRuleBroken notAllowed(String step) {
        return ImprovementRuleBroken.of(ErrorCode.IMPROVEMENT_STEP_NOT_ALLOWED, id(), step, state);
    }

    /** The same action raised again: everything but when and by whom. */
    private static boolean sameAction(ImprovementActionRaised one, ImprovementActionRaised other) {
        return one.title().equals(other.title()) && one.problem().equals(other.problem())
                && one.owningDepartment().equals(other.owningDepartment()) && one.owner().equals(other.owner())
                && one.due().equals(other.due());
    }

    @EventSourcingHandler
    void on(ImprovementActionRaised event) {
        streamId = ImprovementTargets.streamOf(event.actionId());
        raising = event;
        state = ImprovementState.PROPOSED;
    }

    @EventSourcingHandler
    void on(ComplaintLinkedToAction event) {
        Set<ComplaintId> more = new HashSet<>(linked);
        more.add(event.complaintId());
        linked = Set.copyOf(more);
    }

    @EventSourcingHandler
    void on(ComplaintUnlinkedFromAction event) {
        Set<ComplaintId> fewer = new HashSet<>(linked);
        fewer.remove(event.complaintId());
        linked = Set.copyOf(fewer);
    }

    @EventSourcingHandler
    void on(ImprovementActionAgreed event) {
        state = ImprovementState.AGREED;
    }

    @EventSourcingHandler
    void on(ImprovementActionStarted event) {
        state = ImprovementState.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ImprovementActionCompleted event) {
        state = ImprovementState.DONE;
    }

    @EventSourcingHandler
    void on(ImprovementEffectReviewed event) {
        state = ImprovementState.EFFECT_REVIEWED;
    }

    @EventSourcingHandler
    void on(ImprovementActionDropped event) {
        state = ImprovementState.DROPPED;
    }
}
