package uk.co.welzo.klachten.command.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static uk.co.welzo.klachten.command.complaint.LodgingRequest.strip;
import static uk.co.welzo.klachten.command.complaint.Required.required;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.EmailAddresses;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.AssignHandler;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.complaint.command.ExtendDeadline;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.PlaceLegalHold;
import uk.co.welzo.klachten.api.complaint.command.RecategoriseComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;
import uk.co.welzo.klachten.api.complaint.command.ReleaseLegalHold;
import uk.co.welzo.klachten.api.complaint.command.RequestDepartmentInput;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineFact;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintState;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.RunningDeadline;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterLanguage;
import uk.co.welzo.klachten.command.sla.Deadlines;
import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;

/**
 * One complaint through the procedure of DOMAIN.md: guard clauses, then {@code apply}. Deadlines
 * and their warning moments are computed here, when the decision is made, and stored in the event
 * with the policy version. What each event does to status, stage and running deadlines is
 * {@link ComplaintTransition}'s, shared with the read side; the rules of the procedure live in small
 * immutable values: {@link Lifecycle} (which step the status allows), {@link RunningDeadlines} (the
 * SLA clock's), {@link Inquiries} and {@link Communications} (idempotency of department input and
 * customer contact), {@link ClosureRules}, {@link LodgingRequest} and {@link DataProtection} (retention, legal hold
 * and erasure, R8.2). Offline steps carry when they
 * happened, checked by {@link BusinessTime}.
 */
@Aggregate(commandTargetResolver = "complaintTargets")
public class Complaint {

    @AggregateIdentifier
    private ComplaintId id;
    private ComplaintLodged lodging;
    private ComplaintState state = ComplaintState.NONE;
    private Instant escalationWindowEnds;
    private Instant lastOccurredAt;
    private Category category;
    private String handler;
    private Inquiries inquiries = Inquiries.NONE;
    private Communications communications = Communications.NONE;
    private Set<String> referrals = Set.of();
    private Letters letters = Letters.NONE;
    private Reviewer reviewer = Reviewer.NONE;
    /** The communications and letters recorded before the stage under way began: they told of an earlier one (R3.3). */
    private Set<String> earlierStageCommunications = Set.of();
    private DataProtection dataProtection = DataProtection.NONE;

    protected Complaint() {
        // for Axon
    }

    /** Lodges a complaint; the same command again answers the same reference, a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReferenceNumber handle(LodgeComplaint command, Deadlines deadlines, Clock clock, ReferenceNumbers references)
            throws Exception {
        if (id != null) {
            dataProtection.requireNotErased(id);
            if (!LodgingRequest.isRetryOf(command, lodging)) {
                throw ComplaintRuleBroken.of(ErrorCode.COMPLAINT_ID_ALREADY_USED, id);
            }
            return lodging.reference();
        }
        Instant now = clock.instant();
        Instant receivedAt = BusinessTime.of("receivedAt", command.receivedAt(), now, null);
        ReferenceNumber issued = references.next();
        Instant due = deadlines.acknowledgementDue(receivedAt);
        apply(new ComplaintLodged(command.complaintId(), issued, required("channel", command.channel()),
                required("category", command.category()), complainant(command.complainant()),
                required("description", command.description()), strip(command.orderNumber()),
                strip(command.product()), receivedAt, now, due, deadlines.acknowledgementWarningAt(due),
                deadlines.policyVersion(), command.actor()));
        createNew(ReferenceReservation.class, () -> new ReferenceReservation(issued, command.complaintId(), now));
        return issued;
    }

    @CommandHandler
    public void handle(AcknowledgeComplaint command, Deadlines deadlines, Clock clock) {
        lifecycle().requireNotAcknowledged();
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.stageOneResolutionDue(at);
        apply(new ComplaintAcknowledged(id, lodging.reference(), required("channel", command.channel()), at, now, due,
                deadlines.workingDayWarningAt(due), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(AssignHandler command, Clock clock) {
        lifecycle().requireNotEnded();
        String newHandler = required("handler", command.handler());
        if (newHandler.equals(handler)) {
            return;
        }
        Instant now = clock.instant();
        apply(new ComplaintAssigned(id, newHandler, handler, now, now, command.actor()));
    }

    @CommandHandler
    public void handle(RecategoriseComplaint command, Clock clock) {
        lifecycle().requireNotEnded();
        Category newCategory = required("category", command.category());
        String reason = required("reason", command.reason());
        if (newCategory == category) {
            return;
        }
        Instant now = clock.instant();
        apply(new ComplaintRecategorised(id, category, newCategory, reason, now, now, command.actor()));
    }

    @CommandHandler
    public void handle(RecordInvestigationNote command, Clock clock) {
        lifecycle().requireNotEnded();
        Instant now = clock.instant();
        apply(new InvestigationNoteRecorded(id, required("note", command.note()), now, now, command.actor()));
    }

    @CommandHandler
    public void handle(RequestDepartmentInput command, Deadlines deadlines, Clock clock) {
        lifecycle().requireUnderInvestigation();
        String inquiryId = required("inquiryId", command.inquiryId()).value();
        var department = required("department", command.department());
        String question = required("question", command.question());
        if (!inquiries.isNewRequest(inquiryId, department, question)) {
            return;
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.departmentResponseDue(at);
        apply(new DepartmentInputRequested(id, command.inquiryId(), department, question, at, now, due,
                deadlines.workingDayWarningAt(due), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(RecordDepartmentAnswer command, Clock clock) {
        lifecycle().requireNotEnded();
        String inquiryId = required("inquiryId", command.inquiryId()).value();
        String answer = required("answer", command.answer());
        inquiries.toAnswer(inquiryId, answer).ifPresent(inquiry -> {
            Instant now = clock.instant();
            apply(new DepartmentInputReceived(id, command.inquiryId(), inquiry.department(), answer,
                    businessTime(command.occurredAt(), now), now, command.actor()));
        });
    }

    @CommandHandler
    public void handle(RecordCustomerCommunication command, Clock clock) {
        dataProtection.requireNotErased(id);
        String communicationId = required("communicationId", command.communicationId()).value();
        var channel = required("channel", command.channel());
        var direction = required("direction", command.direction());
        String summary = required("summary", command.summary());
        if (!communications.isNew(communicationId, channel, direction, summary)) {
            return;
        }
        Instant now = clock.instant();
        apply(new CustomerCommunicationRecorded(id, command.communicationId(), channel, direction, summary,
                businessTime(command.occurredAt(), now), now, command.actor()));
    }

    /**
     * Resolves the stage under way (R3.5), naming the communication that told the customer the findings (R3.3); stage 2
     * by the reviewing manager or the head, with the manager's review, signposting the customer (R4.2, R4.5).
     */
    @CommandHandler
    public void handle(ResolveComplaint command, Deadlines deadlines, Clock clock) {
        Stage stage = lifecycle().stageToResolve();
        if (stage == Stage.TWO) {
            reviewer.requireMayAct(id, command.actor(), command.actorRoles(), "give the stage-2 resolution");
        }
        var outcome = required("outcome", command.outcome());
        String remedy = required("remedy", command.remedy());
        String rootCause = required("rootCause", command.rootCause());
        StageTwoReview review = review(stage, command.review());
        if (stage == Stage.TWO && !command.customerSignposted()) {
            throw ComplaintRuleBroken.of(ErrorCode.SIGNPOSTING_REQUIRED, id);
        }
        var findingsChannel = FindingsCommunication.channel(id, stage, command.findingsCommunicatedIn(), communications,
                letters, earlierStageCommunications);
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        apply(new ComplaintResolved(id, stage, outcome, remedy, rootCause, command.customerSignposted(),
                command.findingsCommunicatedIn(), findingsChannel, review, at, now,
                stage == Stage.ONE ? deadlines.escalationWindowEnds(at) : null, deadlines.policyVersion(),
                command.actor()));
    }

    /** R4.2: the manager's review is stage 2's, and there it is required; no further action is said as none. */
    private StageTwoReview review(Stage stage, StageTwoReview given) {
        if (stage == Stage.ONE) {
            if (given != null && (Text.hasText(given.summary()) || Text.hasText(given.furtherAction()))) {
                throw ComplaintRuleBroken.about("review", ErrorCode.INVALID_INPUT, "review",
                        "a department manager's review belongs to the stage-2 resolution (R4.2)");
            }
            return null;
        }
        if (given == null || Text.isBlank(given.summary())) {
            throw ComplaintRuleBroken.of(ErrorCode.STAGE_TWO_REVIEW_REQUIRED, id);
        }
        return new StageTwoReview(given.summary().strip(), strip(given.furtherAction()));
    }

    @CommandHandler
    public void handle(EscalateComplaint command, Deadlines deadlines, Clock clock) {
        lifecycle().requireEscalatable();
        String reason = required("reason", command.reason());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        lifecycle().requireWithinEscalationWindow(at);
        Instant target = deadlines.escalationAcknowledgementTarget(at);
        Instant limit = deadlines.escalationAcknowledgementLimit(at);
        apply(new ComplaintEscalated(id, reason, at, now, target, limit, deadlines.workingDayWarningAt(target),
                deadlines.workingDayWarningAt(limit), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(AcknowledgeEscalation command, Deadlines deadlines, Clock clock) {
        Reviewer.requireHead(id, command.actorRoles());
        lifecycle().requireEscalationRequested();
        var manager = required("departmentManager", command.departmentManager());
        if (Text.isBlank(manager.userName())) {
            throw ComplaintRuleBroken.of(ErrorCode.MANAGER_USER_REQUIRED, id);
        }
        required("departmentManager.name", manager.name());
        required("departmentManager.department", manager.department());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.stageTwoResolutionDue(at);
        manager = new DepartmentManager(manager.userName().strip(), manager.name(), manager.department());
        apply(new EscalationAcknowledged(id, manager, at, now, due, deadlines.workingDayWarningAt(due),
                deadlines.policyVersion(), command.actor()));
    }

    /** Extends the running resolution deadline and records the letter telling the customer, in that order. */
    @CommandHandler
    public void handle(ExtendDeadline command, Deadlines deadlines, Clock clock) {
        lifecycle().requireNotEnded();
        RunningDeadline resolution = state.resolution()
                .orElseThrow(() -> ComplaintRuleBroken.of(ErrorCode.NO_RESOLUTION_DEADLINE_RUNNING, id,
                        lifecycle().status().name()));
        Instant newDue = deadlines.endOfLondonDay(ExtensionLimit.check(required("newDeadline", command.newDeadline()),
                deadlines.londonDate(clock.instant())));
        String reason = required("reason", command.reason());
        String communicationId = required("communicationId", command.communicationId()).value();
        var channel = required("channel", command.channel());
        String summary = required("summary", command.summary());
        if (!communications.isNewExtension(communicationId, channel, summary, newDue, resolution.due())) {
            return;
        }
        if (!newDue.isAfter(resolution.due())) {
            throw ComplaintRuleBroken.of(ErrorCode.EXTENSION_NOT_LATER, newDue, resolution.due());
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        // A new date close by would put the warning before the extension itself: then warn from the extension on.
        Instant warningAt = latest(deadlines.workingDayWarningAt(newDue), at);
        apply(new DeadlineExtended(id, resolution.kind(), resolution.originalDue(), resolution.due(), newDue,
                warningAt, reason, command.communicationId(), at, now, command.actor()));
        apply(new CustomerCommunicationRecorded(id, command.communicationId(), channel, Direction.OUTBOUND, summary,
                at, now, command.actor()));
    }

    @CommandHandler
    public void handle(CloseComplaint command, RetentionPolicy retention, Clock clock) {
        lifecycle().requireNotEnded();
        var reason = required("reason", command.reason());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        ClosureRules.check(id, reason, lifecycle().status(), lifecycle().escalationWindowEnds(), at);
        apply(new ComplaintClosed(id, reason, at, now, command.actor()));
        scheduleRetention(retention, at, now, command.actor());
    }

    @CommandHandler
    public void handle(WithdrawComplaint command, RetentionPolicy retention, Clock clock) {
        lifecycle().requireWithdrawable();
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        apply(new ComplaintWithdrawn(id, strip(command.reason()), at, now, command.actor()));
        scheduleRetention(retention, at, now, command.actor());
    }

    /** R8.2: the complaint ended at {@code endedAt}; its personal data is kept for the retention period from then. */
    private void scheduleRetention(RetentionPolicy retention, Instant endedAt, Instant now, Actor actor) {
        apply(new RetentionScheduled(id, retention.eraseAfter(endedAt), retention.version(), endedAt, now, actor));
    }

    /**
     * R8.2: erases the complainant's personal data of an ended complaint not under a legal hold: on a lawful request,
     * by the data-protection officer, or by the retention clock once the retention period has passed. Erased already,
     * it emits nothing, so a repeated request or a clock that scans again changes nothing.
     */
    @CommandHandler
    public void handle(EraseComplainantData command, RetentionPolicy retention, Clock clock) {
        ErasureGround ground = required("ground", command.ground());
        Requester requester = required("requester", command.requester());
        boolean byRetentionClock = requester == Requester.RETENTION_POLICY
                && ground == ErasureGround.RETENTION_PERIOD_ENDED;
        if (!byRetentionClock) {
            DataProtection.requireOfficer(id, command.actorRoles(), "erase the complainant's personal data");
        }
        String reference = required("requestReference", command.requestReference());
        if (dataProtection.erased()) {
            return;
        }
        lifecycle().requireEnded();
        dataProtection.requireNotHeld(id);
        Instant now = clock.instant();
        if (byRetentionClock) {
            dataProtection.requireRetentionOver(id, retention, now);
        }
        apply(new PersonalDataErased(id, ground, requester, reference, now, now, command.actor()));
    }

    /** R8.2: a legal hold keeps the personal data, whatever the retention policy says, until it is released. */
    @CommandHandler
    public void handle(PlaceLegalHold command, Clock clock) {
        DataProtection.requireOfficer(id, command.actorRoles(), "place a legal hold");
        String reason = required("reason", command.reason());
        dataProtection.requireNotErased(id);
        dataProtection.requireNoHold(id);
        Instant now = clock.instant();
        apply(new LegalHoldPlaced(id, reason, now, now, command.actor()));
    }

    /** R8.2: the retention clock, stopped while the hold was in force, runs again, moved on by the time it stood. */
    @CommandHandler
    public void handle(ReleaseLegalHold command, RetentionPolicy retention, Clock clock) {
        DataProtection.requireOfficer(id, command.actorRoles(), "release a legal hold");
        String reason = required("reason", command.reason());
        dataProtection.requireNotErased(id);
        dataProtection.requireHold(id);
        Instant now = clock.instant();
        apply(new LegalHoldReleased(id, reason, dataProtection.eraseAfterReleaseAt(now, retention), now, now,
                command.actor()));
    }

    /**
     * Staff wrote their part of the stage-1 outcome (the findings, R3.3) or of the final response (with the
     * signposting, R4.5); the service sends it and records it under the command's communication id.
     */
    @CommandHandler
    public void handle(SendLetter command, Clock clock) {
        dataProtection.requireNotErased(id);
        var communicationId = required("communicationId", command.communicationId());
        var kind = required("kind", command.kind());
        if (kind == LetterKind.FINAL_RESPONSE) {
            reviewer.requireMayAct(id, command.actor(), command.actorRoles(), "send the final response");
        }
        String language = strip(command.language());
        if (language != null && LetterLanguage.of(language).isEmpty()) {
            throw ComplaintRuleBroken.about("language", ErrorCode.INVALID_INPUT, "language", "must be en or nl");
        }
        Instant now = clock.instant();
        LetterWritten letter = new LetterWritten(id, communicationId, kind, required("findings", command.findings()),
                strip(command.remedy()), strip(command.signposting()), language, now, now, command.actor());
        if (letters.isNew(letter, lifecycle().status(), communications)) {
            apply(letter);
        }
    }

    @CommandHandler
    public void handle(RecordExternalReferral command, Clock clock) {
        String body = required("body", command.body());
        if (referrals.contains(body)) {
            return;
        }
        Instant now = clock.instant();
        apply(new ExternalReferralRecorded(id, body, businessTime(command.occurredAt(), now), now, command.actor()));
    }

    /**
     * The SLA clock warns that a deadline is near: once per deadline in force, never before its
     * warning moment. A stale or repeated command (obligation met, deadline extended, complaint
     * ended, warning already issued) emits nothing, because the clock may lag or repeat itself.
     */
    @CommandHandler
    public void handle(IssueDeadlineWarning command, Clock clock) {
        Instant now = clock.instant();
        running().toWarnOf(required("deadline", command.deadline()), command.inquiryId(), required("due", command.due()), now)
                .ifPresent(deadline -> apply(new DeadlineWarningIssued(id, deadline.kind(), deadline.inquiryId(),
                        deadline.due(), deadline.warningAt(), now, command.actor())));
    }

    /**
     * The SLA clock records a deadline passed with its obligation still open: once per deadline in
     * force, never before the deadline, whether or not a warning was issued; stale or repeated emits nothing.
     */
    @CommandHandler
    public void handle(RecordMissedDeadline command, Clock clock) {
        Instant now = clock.instant();
        running().toRecordAsMissed(required("deadline", command.deadline()), command.inquiryId(),
                        required("due", command.due()), now)
                .ifPresent(deadline -> apply(new DeadlineMissed(id, deadline.kind(), deadline.inquiryId(),
                        deadline.due(), deadline.due(), now, command.actor())));
    }

    private Lifecycle lifecycle() {
        return Lifecycle.of(id, state, escalationWindowEnds);
    }

    private RunningDeadlines running() {
        return new RunningDeadlines(state);
    }

    /**
     * A complainant's name must show something (R1), and an e-mail address given must be one (issue #15: refused now,
     * not when the letter bounces): the value object alone reads what earlier releases stored.
     */
    private static Complainant complainant(Complainant given) {
        required("complainant.name", required("complainant", given).name());
        if (given.email() != null && !EmailAddresses.isWellFormed(given.email())) {
            throw ComplaintRuleBroken.about("complainant.email", ErrorCode.INVALID_INPUT, "complainant.email",
                    "must be an e-mail address (name@domain, no spaces or line breaks)");
        }
        return given;
    }

    /** Every step but lodging gives its time as {@code occurredAt}. */
    private Instant businessTime(Instant claimed, Instant now) {
        return BusinessTime.of("occurredAt", claimed, now, lastOccurredAt);
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /**
     * Every event moves the complaint as {@link ComplaintTransition} says; a warning or a breach is a
     * fact about time, not a step taken on the complaint: it leaves the previous step as it was, so an
     * offline step (a letter that arrived before the deadline) may still be dated before it. A legal hold, its release
     * and an erasure are the data-protection officer's, not steps of handling (R8.2): they leave it as well.
     */
    private void follow(ComplaintEvent event) {
        state = ComplaintTransition.next(state, event);
        if (!(event instanceof DeadlineFact || event instanceof LegalHoldPlaced || event instanceof LegalHoldReleased
                || event instanceof PersonalDataErased)) {
            lastOccurredAt = event.occurredAt();
        }
    }

    @EventSourcingHandler
    void on(ComplaintLodged event) {
        id = event.complaintId();
        lodging = event;
        category = event.category();
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged event) {
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintAssigned event) {
        handler = event.handler();
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintRecategorised event) {
        category = event.category();
        follow(event);
    }

    @EventSourcingHandler
    void on(InvestigationNoteRecorded event) {
        follow(event);
    }

    @EventSourcingHandler
    void on(DepartmentInputRequested event) {
        inquiries = inquiries.requested(event.inquiryId().value(), event.department(), event.question());
        follow(event);
    }

    @EventSourcingHandler
    void on(DepartmentInputReceived event) {
        inquiries = inquiries.answered(event.inquiryId().value(), event.answer());
        follow(event);
    }

    @EventSourcingHandler
    void on(CustomerCommunicationRecorded event) {
        communications = communications.recorded(event);
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintResolved event) {
        escalationWindowEnds = event.escalationWindowEnds();
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        Set<String> recorded = new HashSet<>(communications.byId().keySet());
        recorded.addAll(letters.byId().keySet());
        earlierStageCommunications = Set.copyOf(recorded);
        follow(event);
    }

    @EventSourcingHandler
    void on(EscalationAcknowledged event) {
        reviewer = new Reviewer(event.departmentManager());
        follow(event);
    }

    @EventSourcingHandler
    void on(DeadlineExtended event) {
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        dataProtection = dataProtection.ended(event.occurredAt());
        follow(event);
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        dataProtection = dataProtection.ended(event.occurredAt());
        follow(event);
    }

    @EventSourcingHandler
    void on(RetentionScheduled event) {
        dataProtection = dataProtection.scheduled(event.eraseAfter());
        follow(event);
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        dataProtection = dataProtection.held(event.occurredAt());
        follow(event);
    }

    @EventSourcingHandler
    void on(LegalHoldReleased event) {
        dataProtection = dataProtection.released(event.eraseAfter());
        follow(event);
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        dataProtection = dataProtection.erasure(event.occurredAt());
        follow(event);
    }

    @EventSourcingHandler
    void on(ExternalReferralRecorded event) {
        Set<String> withReferral = new HashSet<>(referrals);
        withReferral.add(event.body());
        referrals = Set.copyOf(withReferral);
        follow(event);
    }

    @EventSourcingHandler
    void on(LetterWritten event) {
        letters = letters.written(event);
        follow(event);
    }

    @EventSourcingHandler
    void on(DeadlineWarningIssued event) {
        follow(event);
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        follow(event);
    }
}
