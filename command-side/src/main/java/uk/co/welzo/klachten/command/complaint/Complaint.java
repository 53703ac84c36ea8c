package uk.co.welzo.klachten.command.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static uk.co.welzo.klachten.command.complaint.InvalidComplaintInput.required;
import static uk.co.welzo.klachten.command.complaint.LodgingRequest.strip;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.AssignHandler;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.complaint.command.ExtendDeadline;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecategoriseComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;
import uk.co.welzo.klachten.api.complaint.command.RequestDepartmentInput;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.command.sla.Deadlines;

/**
 * One complaint through the procedure of DOMAIN.md: guard clauses, then {@code apply}. Deadlines
 * and their warning moments are computed here, when the decision is made, and stored in the event
 * with the policy version; {@link RunningDeadlines} keeps them and the SLA clock's rules. Offline
 * steps carry when they happened, checked by {@link BusinessTime}.
 */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private ComplaintId id;
    private ReferenceNumber reference;
    private ComplaintLodged lodging;
    private ComplaintStatus status;
    private Instant lastOccurredAt;
    private Category category;
    private String handler;
    private final Map<String, Inquiry> inquiries = new HashMap<>();
    private final Map<String, CustomerCommunicationRecorded> communications = new HashMap<>();
    private final Set<String> referrals = new HashSet<>();
    private RunningDeadlines running = RunningDeadlines.NONE;
    private boolean escalated;
    private Instant escalationWindowEnds;

    protected Complaint() {
        // for Axon
    }

    /** Lodges a complaint; the same command again answers the same reference, a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReferenceNumber handle(LodgeComplaint command, Deadlines deadlines, Clock clock, ReferenceNumbers references)
            throws Exception {
        if (id != null) {
            if (!LodgingRequest.isRetryOf(command, lodging)) {
                throw new ComplaintIdAlreadyUsed(id);
            }
            return reference;
        }
        Instant now = clock.instant();
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw new OccurredInFuture(receivedAt);
        }
        ReferenceNumber issued = references.next();
        Instant due = deadlines.acknowledgementDue(receivedAt);
        apply(new ComplaintLodged(command.complaintId(), issued, required("channel", command.channel()),
                required("category", command.category()), required("complainant", command.complainant()),
                required("description", command.description()), strip(command.orderNumber()),
                strip(command.product()), receivedAt, now, due, deadlines.acknowledgementWarningAt(due),
                deadlines.policyVersion(), command.actor()));
        createNew(ReferenceReservation.class, () -> new ReferenceReservation(issued, command.complaintId(), now));
        return issued;
    }

    @CommandHandler
    public void handle(AcknowledgeComplaint command, Deadlines deadlines, Clock clock) {
        requireNotEnded();
        if (status != ComplaintStatus.RECEIVED) {
            throw new ComplaintAlreadyAcknowledged(id);
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.stageOneResolutionDue(at);
        apply(new ComplaintAcknowledged(id, required("channel", command.channel()), at, now, due,
                deadlines.workingDayWarningAt(due), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(AssignHandler command, Clock clock) {
        requireNotEnded();
        String newHandler = required("handler", command.handler());
        if (newHandler.equals(handler)) {
            return;
        }
        Instant now = clock.instant();
        apply(new ComplaintAssigned(id, newHandler, handler, now, now, command.actor()));
    }

    @CommandHandler
    public void handle(RecategoriseComplaint command, Clock clock) {
        requireNotEnded();
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
        requireNotEnded();
        Instant now = clock.instant();
        apply(new InvestigationNoteRecorded(id, required("note", command.note()), now, now, command.actor()));
    }

    @CommandHandler
    public void handle(RequestDepartmentInput command, Deadlines deadlines, Clock clock) {
        requireUnderInvestigation();
        String inquiryId = required("inquiryId", command.inquiryId()).value();
        var department = required("department", command.department());
        String question = required("question", command.question());
        Inquiry existing = inquiries.get(inquiryId);
        if (existing != null) {
            if (existing.sameRequest(department, question)) {
                return;
            }
            throw new InquiryIdAlreadyUsed(inquiryId);
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.departmentResponseDue(at);
        apply(new DepartmentInputRequested(id, command.inquiryId(), department, question, at, now, due,
                deadlines.workingDayWarningAt(due), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(RecordDepartmentAnswer command, Clock clock) {
        requireNotEnded();
        String inquiryId = required("inquiryId", command.inquiryId()).value();
        String answer = required("answer", command.answer());
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry == null) {
            throw new InquiryNotFound(inquiryId);
        }
        if (inquiry.answered()) {
            if (inquiry.answer().equals(answer)) {
                return;
            }
            throw new InquiryAlreadyAnswered(inquiryId);
        }
        Instant now = clock.instant();
        apply(new DepartmentInputReceived(id, command.inquiryId(), inquiry.department(), answer,
                businessTime(command.occurredAt(), now), now, command.actor()));
    }

    @CommandHandler
    public void handle(RecordCustomerCommunication command, Clock clock) {
        String communicationId = required("communicationId", command.communicationId()).value();
        var channel = required("channel", command.channel());
        var direction = required("direction", command.direction());
        String summary = required("summary", command.summary());
        CustomerCommunicationRecorded earlier = communications.get(communicationId);
        if (earlier != null) {
            if (earlier.channel() == channel && earlier.direction() == direction && earlier.summary().equals(summary)) {
                return;
            }
            throw new CommunicationIdAlreadyUsed(communicationId);
        }
        Instant now = clock.instant();
        apply(new CustomerCommunicationRecorded(id, command.communicationId(), channel, direction, summary,
                businessTime(command.occurredAt(), now), now, command.actor()));
    }

    @CommandHandler
    public void handle(ResolveComplaint command, Deadlines deadlines, Clock clock) {
        requireNotEnded();
        Stage stage = switch (status) {
            case UNDER_INVESTIGATION -> Stage.ONE;
            case UNDER_REVIEW -> Stage.TWO;
            case RECEIVED -> throw new ComplaintNotAcknowledged(id);
            case ESCALATED -> throw new EscalationNotAcknowledged(id);
            default -> throw new ComplaintNotUnderInvestigation(id, status.name());
        };
        var outcome = required("outcome", command.outcome());
        String remedy = required("remedy", command.remedy());
        String rootCause = required("rootCause", command.rootCause());
        if (stage == Stage.TWO && !command.customerSignposted()) {
            throw new SignpostingRequired(id);
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        apply(new ComplaintResolved(id, stage, outcome, remedy, rootCause, command.customerSignposted(), at, now,
                stage == Stage.ONE ? deadlines.escalationWindowEnds(at) : null, deadlines.policyVersion(),
                command.actor()));
    }

    @CommandHandler
    public void handle(EscalateComplaint command, Deadlines deadlines, Clock clock) {
        requireNotEnded();
        if (escalated) {
            throw new ComplaintAlreadyEscalated(id);
        }
        if (status != ComplaintStatus.RESOLVED_AT_STAGE_ONE) {
            throw new StageOneNotResolved(id);
        }
        String reason = required("reason", command.reason());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        if (!at.isBefore(escalationWindowEnds)) {
            throw new EscalationWindowLapsed(id, escalationWindowEnds);
        }
        Instant target = deadlines.escalationAcknowledgementTarget(at);
        Instant limit = deadlines.escalationAcknowledgementLimit(at);
        apply(new ComplaintEscalated(id, reason, at, now, target, limit, deadlines.workingDayWarningAt(target),
                deadlines.workingDayWarningAt(limit), deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(AcknowledgeEscalation command, Deadlines deadlines, Clock clock) {
        requireNotEnded();
        if (status != ComplaintStatus.ESCALATED) {
            throw new EscalationNotRequested(id);
        }
        var manager = required("departmentManager", command.departmentManager());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        Instant due = deadlines.stageTwoResolutionDue(at);
        apply(new EscalationAcknowledged(id, manager, at, now, due, deadlines.workingDayWarningAt(due),
                deadlines.policyVersion(), command.actor()));
    }

    @CommandHandler
    public void handle(ExtendDeadline command, Deadlines deadlines, Clock clock) {
        requireNotEnded();
        RunningDeadline resolution = running.resolution()
                .orElseThrow(() -> new NoResolutionDeadlineRunning(id, status.name()));
        Instant newDue = deadlines.endOfLondonDay(required("newDeadline", command.newDeadline()));
        String reason = required("reason", command.reason());
        String communicationId = required("communicationId", command.communicationId()).value();
        var channel = required("channel", command.channel());
        String summary = required("summary", command.summary());
        CustomerCommunicationRecorded earlier = communications.get(communicationId);
        if (earlier != null) {
            if (newDue.equals(resolution.currentDue()) && earlier.channel() == channel && earlier.summary().equals(summary)) {
                return;
            }
            throw new CommunicationIdAlreadyUsed(communicationId);
        }
        if (!newDue.isAfter(resolution.currentDue())) {
            throw new ExtensionNotLater(newDue, resolution.currentDue());
        }
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        // A new date close by would put the warning before the extension itself: then warn from the extension on.
        Instant warningAt = latest(deadlines.workingDayWarningAt(newDue), at);
        apply(new DeadlineExtended(id, resolution.kind(), resolution.originalDue(), resolution.currentDue(), newDue,
                warningAt, reason, command.communicationId(), at, now, command.actor()));
        apply(new CustomerCommunicationRecorded(id, command.communicationId(), channel, Direction.OUTBOUND, summary,
                at, now, command.actor()));
    }

    @CommandHandler
    public void handle(CloseComplaint command, Clock clock) {
        requireNotEnded();
        var reason = required("reason", command.reason());
        Instant now = clock.instant();
        Instant at = businessTime(command.occurredAt(), now);
        ClosureRules.check(id, reason, status, escalationWindowEnds, at);
        apply(new ComplaintClosed(id, reason, at, now, command.actor()));
    }

    @CommandHandler
    public void handle(WithdrawComplaint command, Clock clock) {
        requireNotEnded();
        if (status == ComplaintStatus.RESOLVED_AT_STAGE_TWO) {
            throw new ComplaintFinallyResolved(id);
        }
        Instant now = clock.instant();
        apply(new ComplaintWithdrawn(id, strip(command.reason()), businessTime(command.occurredAt(), now), now,
                command.actor()));
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
        running.toWarnOf(required("deadline", command.deadline()), command.inquiryId(), required("due", command.due()), now)
                .ifPresent(deadline -> apply(new DeadlineWarningIssued(id, deadline.kind(), deadline.inquiryId(),
                        deadline.currentDue(), deadline.warningAt(), now, command.actor())));
    }

    /**
     * The SLA clock records a deadline passed with its obligation still open: once per deadline in
     * force, never before the deadline, whether or not a warning was issued; stale or repeated emits nothing.
     */
    @CommandHandler
    public void handle(RecordMissedDeadline command, Clock clock) {
        Instant now = clock.instant();
        running.toRecordAsMissed(required("deadline", command.deadline()), command.inquiryId(),
                        required("due", command.due()), now)
                .ifPresent(deadline -> apply(new DeadlineMissed(id, deadline.kind(), deadline.inquiryId(),
                        deadline.currentDue(), deadline.currentDue(), now, command.actor())));
    }

    private void requireNotEnded() {
        if (status == ComplaintStatus.CLOSED) {
            throw new ComplaintAlreadyClosed(id);
        }
        if (status == ComplaintStatus.WITHDRAWN) {
            throw new ComplaintAlreadyWithdrawn(id);
        }
    }

    private void requireUnderInvestigation() {
        requireNotEnded();
        switch (status) {
            case UNDER_INVESTIGATION, ESCALATED, UNDER_REVIEW -> { }
            case RECEIVED -> throw new ComplaintNotAcknowledged(id);
            default -> throw new ComplaintNotUnderInvestigation(id, status.name());
        }
    }

    private Instant businessTime(Instant claimed, Instant now) {
        return BusinessTime.of(claimed, now, lastOccurredAt);
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    @EventSourcingHandler
    void on(ComplaintLodged event) {
        id = event.complaintId();
        reference = event.reference();
        lodging = event;
        category = event.category();
        status = ComplaintStatus.RECEIVED;
        running = RunningDeadlines.NONE.started(DeadlineKind.ACKNOWLEDGEMENT, null, event.acknowledgementDue(),
                event.acknowledgementWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged event) {
        status = ComplaintStatus.UNDER_INVESTIGATION;
        running = running.met(DeadlineKind.ACKNOWLEDGEMENT, null)
                .started(DeadlineKind.STAGE_ONE_RESOLUTION, null, event.stageOneResolutionDue(),
                        event.stageOneResolutionWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintAssigned event) {
        handler = event.handler();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintRecategorised event) {
        category = event.category();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(InvestigationNoteRecorded event) {
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DepartmentInputRequested event) {
        inquiries.put(event.inquiryId().value(), new Inquiry(event.department(), event.question(), null));
        running = running.started(DeadlineKind.DEPARTMENT_RESPONSE, event.inquiryId(), event.responseDue(),
                event.responseWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DepartmentInputReceived event) {
        inquiries.computeIfPresent(event.inquiryId().value(), (key, inquiry) -> inquiry.answeredWith(event.answer()));
        running = running.met(DeadlineKind.DEPARTMENT_RESPONSE, event.inquiryId());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(CustomerCommunicationRecorded event) {
        communications.put(event.communicationId().value(), event);
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintResolved event) {
        status = event.stage() == Stage.ONE ? ComplaintStatus.RESOLVED_AT_STAGE_ONE : ComplaintStatus.RESOLVED_AT_STAGE_TWO;
        escalationWindowEnds = event.escalationWindowEnds();
        running = running.met(event.stage() == Stage.ONE ? DeadlineKind.STAGE_ONE_RESOLUTION
                : DeadlineKind.STAGE_TWO_RESOLUTION, null);
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        status = ComplaintStatus.ESCALATED;
        escalated = true;
        running = running
                .started(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, null, event.escalationAcknowledgementTarget(),
                        event.escalationAcknowledgementTargetWarningAt())
                .started(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, event.escalationAcknowledgementLimit(),
                        event.escalationAcknowledgementLimitWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(EscalationAcknowledged event) {
        status = ComplaintStatus.UNDER_REVIEW;
        running = running.met(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, null)
                .met(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, null)
                .started(DeadlineKind.STAGE_TWO_RESOLUTION, null, event.stageTwoResolutionDue(),
                        event.stageTwoResolutionWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DeadlineExtended event) {
        running = running.extended(event.deadline(), event.newDue(), event.newWarningAt());
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        status = ComplaintStatus.CLOSED;
        running = RunningDeadlines.NONE;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        status = ComplaintStatus.WITHDRAWN;
        running = RunningDeadlines.NONE;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ExternalReferralRecorded event) {
        referrals.add(event.body());
        lastOccurredAt = event.occurredAt();
    }

    // A warning or a breach is a fact about time, not a step taken on the complaint: it leaves the
    // previous step as it was, so an offline step (a letter that arrived before the deadline) may
    // still be dated before it.
    @EventSourcingHandler
    void on(DeadlineWarningIssued event) {
        running = running.warned(event.deadline(), event.inquiryId());
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        running = running.missed(event.deadline(), event.inquiryId());
    }
}
