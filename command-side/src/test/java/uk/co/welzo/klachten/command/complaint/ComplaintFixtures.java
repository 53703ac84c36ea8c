package uk.co.welzo.klachten.command.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.Role;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
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
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.command.sla.Deadlines;
import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;
import uk.co.welzo.klachten.command.sla.SlaPolicy;

/**
 * Shared test data for the complaint aggregate. "Now" is Thursday 24 December 2026, 10:00 London
 * (= UTC in winter), so every working-day deadline crosses Christmas: 25 and 28 December and
 * 1 January are bank holidays. By default every step of a history happens at {@link #NOW}; the
 * expected deadlines and warning moments below are counted by hand, not by {@link Deadlines}.
 * Warnings: 12 hours before the 48-hour acknowledgement deadline, otherwise at the end of the
 * working day before a deadline's last day.
 */
final class ComplaintFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-24T10:00:00Z");
    static final String POLICY_VERSION = "2026-11-1";

    static final ComplaintId ID = ComplaintId.of("c-2026-0001");
    /** {@code ReferenceNumber.random(new Random(42))}, hard-coded. */
    static final ReferenceNumber REFERENCE = ReferenceNumber.parse("Q1N-19Y-8PN");
    static final Actor ACTOR = new Actor("carol.jones");
    static final Actor SUPERVISOR = new Actor("head.of.customer.service");
    static final Complainant COMPLAINANT =
            new Complainant("Ann Smith", "ann.smith@example.org", "+44 20 7946 0000", "1 High Street, London");
    static final String DESCRIPTION = "My order arrived with a cracked bottle";
    static final String ORDER_NUMBER = "WZ-100234";
    static final String PRODUCT = "Vitamin D3 drops";
    static final InquiryId INQUIRY = InquiryId.of("inq-1");
    static final String QUESTION = "Were bottles from batch 42 damaged in storage?";
    static final String ANSWER = "Yes, a pallet of batch 42 was dropped on 20 December";
    static final CommunicationId COMMUNICATION = CommunicationId.of("comm-1");
    static final String SUMMARY = "Called the customer to explain the investigation";
    static final DepartmentManager MANAGER = new DepartmentManager("dan.brown", "Dan Brown", "Warehouse");
    /** The manager the escalation is forwarded to, signed in (R4.2). */
    static final Actor MANAGER_USER = new Actor("dan.brown");
    /** As escalations forwarded before managers were named by user name (revision 1) name them. */
    static final DepartmentManager LEGACY_MANAGER = new DepartmentManager("Dan Brown", "Warehouse");
    static final Set<Role> AGENT_ROLES = Set.of(Role.AGENT);
    static final Set<Role> HEAD_ROLES = Set.of(Role.HEAD_OF_CUSTOMER_SERVICE);
    static final Set<Role> MANAGER_ROLES = Set.of(Role.DEPARTMENT_MANAGER);
    /** The phone call that told the customer the stage-1 findings (R3.3). */
    static final CommunicationId FINDINGS_CALL = CommunicationId.of("findings-1");
    static final String FINDINGS_SUMMARY = "Called the customer: the pallet was dropped; refund and replacement offered";
    /** The phone call that told the customer the review's findings at stage 2 (R3.3, R4.2). */
    static final CommunicationId REVIEW_CALL = CommunicationId.of("findings-2");
    static final String REVIEW_SUMMARY = "Called the customer: the review upholds the refund and adds the postage";
    static final StageTwoReview REVIEW = new StageTwoReview("Stage-1 findings confirmed; postage was not refunded",
            "Postage refunded; quarantine checklist updated");
    static final String REMEDY = "Refund and replacement bottle";
    static final String ROOT_CAUSE = "Damaged pallet not quarantined";
    static final String ESCALATION_REASON = "The refund does not cover my postage";
    static final String EXTENSION_REASON = "Waiting for the testing laboratory";
    static final String EXTENSION_SUMMARY = "Told the customer the lab needs another week";
    static final String OMBUDSMAN = "Retail Ombudsman";

    /** R2.1: 48 clock hours after receipt at {@link #NOW}. */
    static final Instant ACKNOWLEDGEMENT_DUE = Instant.parse("2026-12-26T10:00:00Z");
    /** R2.1: 12 hours before {@link #ACKNOWLEDGEMENT_DUE} (Christmas Day is no exception: clock hours). */
    static final Instant ACKNOWLEDGEMENT_WARNING = Instant.parse("2026-12-25T22:00:00Z");
    /** R3.4: 10 working days after Thu 24 Dec 2026 end on Tue 12 Jan 2027, so late from London midnight. */
    static final Instant STAGE_ONE_DUE = Instant.parse("2027-01-13T00:00:00Z");
    /** R3.4: the working day before Tue 12 Jan 2027 is Mon 11 Jan; warn at its end. */
    static final Instant STAGE_ONE_WARNING = Instant.parse("2027-01-12T00:00:00Z");
    /** Lifecycle: 8 weeks after the stage-1 resolution at {@link #NOW}, same London clock time. */
    static final Instant ESCALATION_WINDOW_ENDS = Instant.parse("2027-02-18T10:00:00Z");
    /** R4.3 target: 5 working days after Thu 24 Dec 2026 end on Tue 5 Jan 2027. */
    static final Instant ESCALATION_TARGET = Instant.parse("2027-01-06T00:00:00Z");
    /** R4.3 target: warn at the end of Mon 4 Jan 2027. */
    static final Instant ESCALATION_TARGET_WARNING = Instant.parse("2027-01-05T00:00:00Z");
    /** R4.3 limit: 10 working days after Thu 24 Dec 2026 end on Tue 12 Jan 2027. */
    static final Instant ESCALATION_LIMIT = Instant.parse("2027-01-13T00:00:00Z");
    /** R4.3 limit: warn at the end of Mon 11 Jan 2027. */
    static final Instant ESCALATION_LIMIT_WARNING = Instant.parse("2027-01-12T00:00:00Z");
    /** R4.4: 10 working days after Thu 24 Dec 2026 end on Tue 12 Jan 2027. */
    static final Instant STAGE_TWO_DUE = Instant.parse("2027-01-13T00:00:00Z");
    /** R4.4: warn at the end of Mon 11 Jan 2027. */
    static final Instant STAGE_TWO_WARNING = Instant.parse("2027-01-12T00:00:00Z");
    /**
     * R3.2: 3 working days after Thu 24 Dec 2026, skipping Christmas Day and the Boxing Day
     * substitute (Mon 28 Dec): Tue 29, Wed 30, Thu 31 Dec, so late from 00:00 on 1 January.
     */
    static final Instant DEPARTMENT_RESPONSE_DUE = Instant.parse("2027-01-01T00:00:00Z");
    /** R3.2: warn at the end of Wed 30 Dec 2026. */
    static final Instant DEPARTMENT_RESPONSE_WARNING = Instant.parse("2026-12-31T00:00:00Z");
    static final Actor SLA_CLOCK = new Actor("sla-clock");
    /** R8.2: the default retention policy's version, as recorded in {@code RetentionScheduled}. */
    static final String RETENTION_POLICY = "personal-data-P6Y-after-end";
    /** R8.2: six years after {@link #NOW}, London time: Friday 24 December 2032, 10:00 GMT. */
    static final Instant ERASE_AFTER = Instant.parse("2032-12-24T10:00:00Z");

    private ComplaintFixtures() {
    }

    static Deadlines deadlines() {
        SlaPolicy policy = new SlaPolicy(POLICY_VERSION, Duration.ofHours(48), Duration.ofHours(12), 10, 5, 10, 10, 3,
                1, Period.ofWeeks(8), WorkingDayCalendar.ENGLAND_AND_WALES, LONDON);
        return new Deadlines(policy, new WorkingDayCalendar(LONDON, WorkingDayCalendar.ENGLAND_AND_WALES));
    }

    /** R8.2: the default retention policy, six years after the complaint ended, London time. */
    static RetentionPolicy retention() {
        return new RetentionPolicy(Period.ofYears(6), LONDON);
    }

    static ReferenceNumbers referenceNumbers() {
        return () -> REFERENCE;
    }

    static AggregateTestFixture<Complaint> fixture() {
        return fixture(NOW);
    }

    /** A fixture whose clock stands still at {@code now}. */
    static AggregateTestFixture<Complaint> fixture(Instant now) {
        return fixture(now, retention());
    }

    /** A fixture whose clock stands still at {@code now}, under the retention policy {@code retention} (R8.2). */
    static AggregateTestFixture<Complaint> fixture(Instant now, RetentionPolicy retention) {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(deadlines());
        fixture.registerInjectableResource(referenceNumbers());
        fixture.registerInjectableResource(retention);
        return fixture;
    }

    // ---- histories (given) ------------------------------------------------------------------

    static List<Object> received() {
        return List.of(lodged());
    }

    static List<Object> underInvestigation() {
        return List.of(lodged(), acknowledged());
    }

    static List<Object> resolvedAtStageOne() {
        return plus(underInvestigation(), toldFindings(), resolvedAtStageOneEvent());
    }

    static List<Object> escalatedHistory() {
        return plus(resolvedAtStageOne(), escalated());
    }

    static List<Object> underReview() {
        return plus(escalatedHistory(), escalationAcknowledged());
    }

    static List<Object> resolvedAtStageTwo() {
        return plus(underReview(), toldReviewFindings(), resolvedAtStageTwoEvent());
    }

    static List<Object> closedHistory() {
        return plus(resolvedAtStageOne(), closed(ClosureReason.ACCEPTED_BY_CUSTOMER), retentionScheduled());
    }

    static List<Object> withdrawnHistory() {
        return plus(received(), withdrawn(null), retentionScheduled());
    }

    /**
     * Resolved at stage 1 on Thu 29 October 2026, 10:00 GMT, so the 8-week escalation window ends
     * exactly at {@link #NOW}.
     */
    static List<Object> windowEndingNow() {
        return List.of(lodged(Instant.parse("2026-10-26T09:00:00Z"), Instant.parse("2026-10-28T09:00:00Z"),
                        Instant.parse("2026-10-27T21:00:00Z")),
                acknowledged(Instant.parse("2026-10-26T12:00:00Z"), Instant.parse("2026-11-10T00:00:00Z"),
                        Instant.parse("2026-11-07T00:00:00Z")),
                resolvedAtStageOne(Instant.parse("2026-10-29T10:00:00Z"), NOW));
    }

    static List<Object> plus(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    // ---- commands (when) --------------------------------------------------------------------

    static LodgeComplaint lodge() {
        return lodge(null);
    }

    static LodgeComplaint lodge(Instant receivedAt) {
        return new LodgeComplaint(ID, Channel.WEB_FORM, Category.PRODUCT_DEFECT, COMPLAINANT, DESCRIPTION,
                ORDER_NUMBER, PRODUCT, receivedAt, ACTOR);
    }

    static AcknowledgeComplaint acknowledge() {
        return acknowledge(null);
    }

    static AcknowledgeComplaint acknowledge(Instant occurredAt) {
        return new AcknowledgeComplaint(ID, CommunicationChannel.EMAIL, occurredAt, ACTOR);
    }

    static AssignHandler assign(String handler) {
        return new AssignHandler(ID, handler, ACTOR);
    }

    static RecategoriseComplaint recategorise(Category category, String reason) {
        return new RecategoriseComplaint(ID, category, reason, ACTOR);
    }

    static RecordInvestigationNote note(String text) {
        return new RecordInvestigationNote(ID, text, ACTOR);
    }

    static RequestDepartmentInput requestInput() {
        return requestInput(INQUIRY, Department.WAREHOUSE_MANAGEMENT, QUESTION);
    }

    static RequestDepartmentInput requestInput(InquiryId inquiry, Department department, String question) {
        return new RequestDepartmentInput(ID, inquiry, department, question, null, ACTOR);
    }

    static RecordDepartmentAnswer answer(String text) {
        return new RecordDepartmentAnswer(ID, INQUIRY, text, null, ACTOR);
    }

    static RecordCustomerCommunication communicate(CommunicationId id, Direction direction, String summary) {
        return new RecordCustomerCommunication(ID, id, CommunicationChannel.PHONE, direction, summary, null, ACTOR);
    }

    /** The stage-1 resolution by an agent, naming the call that told the customer the findings (R3.3). */
    static ResolveComplaint resolve(boolean signposted) {
        return new ResolveComplaint(ID, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, signposted, FINDINGS_CALL, null, null,
                ACTOR, AGENT_ROLES);
    }

    /** The stage-2 resolution by the manager it was forwarded to, with their review (R3.3, R4.2). */
    static ResolveComplaint resolveStageTwo(boolean signposted) {
        return resolveStageTwo(signposted, REVIEW_CALL, REVIEW, MANAGER_USER, MANAGER_ROLES);
    }

    static ResolveComplaint resolveStageTwo(boolean signposted, CommunicationId findings, StageTwoReview review,
            Actor actor, Set<Role> roles) {
        return new ResolveComplaint(ID, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, signposted, findings, review, null,
                actor, roles);
    }

    static EscalateComplaint escalate() {
        return escalate(null);
    }

    static EscalateComplaint escalate(Instant occurredAt) {
        return new EscalateComplaint(ID, ESCALATION_REASON, occurredAt, ACTOR);
    }

    static AcknowledgeEscalation acknowledgeEscalation() {
        return acknowledgeEscalation(null);
    }

    static AcknowledgeEscalation acknowledgeEscalation(Instant occurredAt) {
        return new AcknowledgeEscalation(ID, MANAGER, occurredAt, SUPERVISOR, HEAD_ROLES);
    }

    static ExtendDeadline extend(LocalDate newDeadline, CommunicationId communication) {
        return new ExtendDeadline(ID, newDeadline, EXTENSION_REASON, communication, CommunicationChannel.EMAIL,
                EXTENSION_SUMMARY, null, ACTOR);
    }

    static CloseComplaint close(ClosureReason reason) {
        return close(reason, null);
    }

    static CloseComplaint close(ClosureReason reason, Instant occurredAt) {
        return new CloseComplaint(ID, reason, occurredAt, ACTOR);
    }

    static WithdrawComplaint withdraw() {
        return new WithdrawComplaint(ID, "  Sorted it out with the courier  ", null, ACTOR);
    }

    static RecordExternalReferral refer(String body) {
        return new RecordExternalReferral(ID, body, null, ACTOR);
    }

    static IssueDeadlineWarning warn(DeadlineKind kind, Instant due) {
        return warn(kind, null, due);
    }

    static IssueDeadlineWarning warn(DeadlineKind kind, InquiryId inquiry, Instant due) {
        return new IssueDeadlineWarning(ID, kind, inquiry, due, SLA_CLOCK);
    }

    static RecordMissedDeadline recordMiss(DeadlineKind kind, Instant due) {
        return recordMiss(kind, null, due);
    }

    static RecordMissedDeadline recordMiss(DeadlineKind kind, InquiryId inquiry, Instant due) {
        return new RecordMissedDeadline(ID, kind, inquiry, due, SLA_CLOCK);
    }

    // ---- events (given / expected) ----------------------------------------------------------

    static ComplaintLodged lodged() {
        return lodged(NOW, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_WARNING);
    }

    static ComplaintLodged lodged(Instant receivedAt, Instant acknowledgementDue, Instant warningAt) {
        return new ComplaintLodged(ID, REFERENCE, Channel.WEB_FORM, Category.PRODUCT_DEFECT, COMPLAINANT, DESCRIPTION,
                ORDER_NUMBER, PRODUCT, receivedAt, NOW, acknowledgementDue, warningAt, POLICY_VERSION, ACTOR);
    }

    static ReferenceNumberReserved reserved() {
        return new ReferenceNumberReserved(REFERENCE, ID, NOW);
    }

    static ComplaintAcknowledged acknowledged() {
        return acknowledged(NOW, STAGE_ONE_DUE, STAGE_ONE_WARNING);
    }

    static ComplaintAcknowledged acknowledged(Instant occurredAt, Instant stageOneDue, Instant warningAt) {
        return new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.EMAIL, occurredAt, NOW, stageOneDue, warningAt,
                POLICY_VERSION, ACTOR);
    }

    static ComplaintAssigned assigned(String handler, String previousHandler) {
        return new ComplaintAssigned(ID, handler, previousHandler, NOW, NOW, ACTOR);
    }

    static ComplaintRecategorised recategorised(Category from, Category to, String reason) {
        return new ComplaintRecategorised(ID, from, to, reason, NOW, NOW, ACTOR);
    }

    static InvestigationNoteRecorded noted(String text) {
        return new InvestigationNoteRecorded(ID, text, NOW, NOW, ACTOR);
    }

    static DepartmentInputRequested inputRequested() {
        return inputRequested(INQUIRY, NOW, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_WARNING);
    }

    static DepartmentInputRequested inputRequested(InquiryId inquiry, Instant occurredAt, Instant due,
            Instant warningAt) {
        return new DepartmentInputRequested(ID, inquiry, Department.WAREHOUSE_MANAGEMENT, QUESTION, occurredAt, NOW,
                due, warningAt, POLICY_VERSION, ACTOR);
    }

    static DepartmentInputReceived inputReceived(String text) {
        return inputReceived(INQUIRY, text, NOW);
    }

    static DepartmentInputReceived inputReceived(InquiryId inquiry, String text, Instant occurredAt) {
        return new DepartmentInputReceived(ID, inquiry, Department.WAREHOUSE_MANAGEMENT, text, occurredAt, NOW, ACTOR);
    }

    static CustomerCommunicationRecorded communicated(CommunicationId id, Direction direction, String summary) {
        return new CustomerCommunicationRecorded(ID, id, CommunicationChannel.PHONE, direction, summary, NOW, NOW,
                ACTOR);
    }

    /** R3.3: the outbound call that told the customer the stage-1 findings. */
    static CustomerCommunicationRecorded toldFindings() {
        return communicated(FINDINGS_CALL, Direction.OUTBOUND, FINDINGS_SUMMARY);
    }

    /** R3.3, R4.2: the outbound call that told the customer the review's findings, by the reviewing manager. */
    static CustomerCommunicationRecorded toldReviewFindings() {
        return new CustomerCommunicationRecorded(ID, REVIEW_CALL, CommunicationChannel.PHONE, Direction.OUTBOUND,
                REVIEW_SUMMARY, NOW, NOW, MANAGER_USER);
    }

    static ComplaintResolved resolvedAtStageOneEvent() {
        return resolvedAtStageOne(NOW, ESCALATION_WINDOW_ENDS);
    }

    static ComplaintResolved resolvedAtStageOne(Instant occurredAt, Instant windowEnds) {
        return new ComplaintResolved(ID, Stage.ONE, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, false, FINDINGS_CALL,
                CommunicationChannel.PHONE, null, occurredAt, NOW, windowEnds, POLICY_VERSION, ACTOR);
    }

    static ComplaintResolved resolvedAtStageTwoEvent() {
        return resolvedAtStageTwoEvent(REVIEW_CALL, CommunicationChannel.PHONE, MANAGER_USER);
    }

    static ComplaintResolved resolvedAtStageTwoEvent(CommunicationId findings, CommunicationChannel channel, Actor actor) {
        return new ComplaintResolved(ID, Stage.TWO, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, true, findings, channel,
                REVIEW, NOW, NOW, null, POLICY_VERSION, actor);
    }

    static ComplaintEscalated escalated() {
        return escalated(NOW, ESCALATION_TARGET, ESCALATION_TARGET_WARNING, ESCALATION_LIMIT, ESCALATION_LIMIT_WARNING);
    }

    static ComplaintEscalated escalated(Instant occurredAt, Instant target, Instant targetWarningAt, Instant limit,
            Instant limitWarningAt) {
        return new ComplaintEscalated(ID, ESCALATION_REASON, occurredAt, NOW, target, limit, targetWarningAt,
                limitWarningAt, POLICY_VERSION, ACTOR);
    }

    static EscalationAcknowledged escalationAcknowledged() {
        return escalationAcknowledged(NOW, STAGE_TWO_DUE, STAGE_TWO_WARNING);
    }

    static EscalationAcknowledged escalationAcknowledged(Instant occurredAt, Instant stageTwoDue, Instant warningAt) {
        return new EscalationAcknowledged(ID, MANAGER, occurredAt, NOW, stageTwoDue, warningAt, POLICY_VERSION,
                SUPERVISOR);
    }

    static DeadlineExtended extended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
            Instant newWarningAt, CommunicationId communication) {
        return new DeadlineExtended(ID, kind, originalDue, previousDue, newDue, newWarningAt, EXTENSION_REASON,
                communication, NOW, NOW, ACTOR);
    }

    /** The outbound message that tells the customer about an extension (R5.2). */
    static CustomerCommunicationRecorded extensionCommunicated(CommunicationId communication) {
        return new CustomerCommunicationRecorded(ID, communication, CommunicationChannel.EMAIL, Direction.OUTBOUND,
                EXTENSION_SUMMARY, NOW, NOW, ACTOR);
    }

    static ComplaintClosed closed(ClosureReason reason) {
        return closed(reason, NOW);
    }

    static ComplaintClosed closed(ClosureReason reason, Instant occurredAt) {
        return new ComplaintClosed(ID, reason, occurredAt, NOW, ACTOR);
    }

    static ComplaintWithdrawn withdrawn(String reason) {
        return new ComplaintWithdrawn(ID, reason, NOW, NOW, ACTOR);
    }

    /** R8.2: the retention clock of a complaint that ended at {@code endedAt} (recorded at {@link #NOW}) by {@link #ACTOR}. */
    static RetentionScheduled retentionScheduled(Instant endedAt, Instant eraseAfter) {
        return new RetentionScheduled(ID, eraseAfter, RETENTION_POLICY, endedAt, NOW, ACTOR);
    }

    /** R8.2: the retention clock of a complaint that ended at {@link #NOW}. */
    static RetentionScheduled retentionScheduled() {
        return retentionScheduled(NOW, ERASE_AFTER);
    }

    static ExternalReferralRecorded referred(String body) {
        return new ExternalReferralRecorded(ID, body, NOW, NOW, ACTOR);
    }

    /** The SLA clock's warning, recorded at {@code recordedAt}; it happened at the warning moment fixed earlier. */
    static DeadlineWarningIssued warned(DeadlineKind kind, InquiryId inquiry, Instant due, Instant warningAt,
            Instant recordedAt) {
        return new DeadlineWarningIssued(ID, kind, inquiry, due, warningAt, recordedAt, SLA_CLOCK);
    }

    /** The SLA clock's breach, recorded at {@code recordedAt}; it happened at the deadline itself. */
    static DeadlineMissed missed(DeadlineKind kind, InquiryId inquiry, Instant due, Instant recordedAt) {
        return new DeadlineMissed(ID, kind, inquiry, due, due, recordedAt, SLA_CLOCK);
    }

    /** A refusal for the rule {@code code} stands for: the code is what the edge and the bus go by. */
    static Matcher<ComplaintRuleBroken> brokenRule(ErrorCode code) {
        return new FeatureMatcher<>(Matchers.is(code), "a refusal for the rule", "code") {
            @Override
            protected ErrorCode featureValueOf(ComplaintRuleBroken refusal) {
                return refusal.code();
            }
        };
    }

    /** DEADLINE_NOT_REACHED for a warning asked for before its warning moment; told apart by its sentence. */
    static final Matcher<ComplaintRuleBroken> WARNING_TOO_EARLY = Matchers.allOf(
            brokenRule(ErrorCode.DEADLINE_NOT_REACHED), saying(Matchers.startsWith("the warning for ")));

    /** DEADLINE_NOT_REACHED for a breach asked for before the deadline. */
    static final Matcher<ComplaintRuleBroken> BREACH_TOO_EARLY = Matchers.allOf(
            brokenRule(ErrorCode.DEADLINE_NOT_REACHED), saying(Matchers.not(Matchers.startsWith("the warning for "))));

    private static Matcher<ComplaintRuleBroken> saying(Matcher<String> sentence) {
        return new FeatureMatcher<>(sentence, "a refusal saying", "message") {
            @Override
            protected String featureValueOf(ComplaintRuleBroken refusal) {
                return refusal.getMessage();
            }
        };
    }

    /** A refusal naming the request field at fault, as the edge will show it. */
    static Matcher<ComplaintRuleBroken> naming(String field) {
        return new FeatureMatcher<>(Matchers.is(field), "a refusal naming", "field") {
            @Override
            protected String featureValueOf(ComplaintRuleBroken refusal) {
                return refusal.field();
            }
        };
    }
}
