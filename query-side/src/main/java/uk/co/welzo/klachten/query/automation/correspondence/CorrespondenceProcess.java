package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * Decides from the events which notice staff are owed ({@link Notice}, as {@link StaffDirectory} configures them) and
 * which letter the customer is owed and records it in the outbox, keyed by complaint, letter
 * and the causing event: the same event delivered twice (a retry, a second instance, a token reset that slipped past
 * the guard) records it once. A replay of the read models sends nothing: the handlers refuse replays, so a rebuild
 * never reaches the outbox. The reset handler keeps the outbox (it is not a read model, no event rebuilds it); it also
 * lets an operator's "replay all" reset this group with the rest, which replays nothing into it.
 */
@Component
@ProcessingGroup(CorrespondenceProcess.GROUP)
@ConditionalOnProperty(name = CorrespondenceProcess.ENABLED, havingValue = "true", matchIfMissing = true)
class CorrespondenceProcess {

    /** False: no letter or notice is decided at all, and the group reads no events (the benchmarks, not a service). */
    static final String ENABLED = "klachten.letters.enabled";

    static final String GROUP = "correspondence";
    private static final Logger log = LoggerFactory.getLogger(CorrespondenceProcess.class);

    private final Outbox outbox;
    private final StaffDirectory staff;
    private final Clock clock;

    CorrespondenceProcess(Outbox outbox, StaffDirectory staff, Clock clock) {
        this.outbox = outbox;
        this.staff = staff;
        this.clock = clock;
    }

    /** R2.2: acknowledged, the complaint is under investigation with its stage-1 deadline: the acknowledgement fits. */
    @EventHandler
    @DisallowReplay
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        record(e.complaintId().value(), LetterKind.ACKNOWLEDGEMENT, eventId, sequence);
    }

    /** Withdrawn by the customer: the confirmation that nothing more will be done (lifecycle). */
    @EventHandler
    @DisallowReplay
    void on(ComplaintWithdrawn e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        record(e.complaintId().value(), LetterKind.WITHDRAWAL_CONFIRMATION, eventId, sequence);
    }

    /** R5.2: the running resolution deadline moved: the customer is told the reason, the old and the new date. */
    @EventHandler
    @DisallowReplay
    void on(DeadlineExtended e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        record(e.complaintId().value(), LetterKind.DEADLINE_EXTENSION, eventId, sequence);
    }

    /** R4.3: the escalation is acknowledged: the reviewing department and the stage-2 target date. */
    @EventHandler
    @DisallowReplay
    void on(EscalationAcknowledged e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        record(e.complaintId().value(), LetterKind.ESCALATION_ACKNOWLEDGEMENT, eventId, sequence);
        // by user name since revision 2 (R4.2); an escalation forwarded before names the manager by display name only
        String manager = e.departmentManager().userName() != null ? e.departmentManager().userName()
                : e.departmentManager().name();
        notify(e, Notice.FORWARDED, manager, eventId, sequence);
    }

    /** R3.1: the new handler learns the case is theirs (not when they took it themselves). */
    @EventHandler
    @DisallowReplay
    void on(ComplaintAssigned e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        if (!e.handler().equals(e.actor().name())) {
            notify(e, Notice.ASSIGNED, e.handler(), eventId, sequence);
        }
    }

    /** R3.2: the handler learns a department answered. */
    @EventHandler
    @DisallowReplay
    void on(DepartmentInputReceived e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        notify(e, Notice.DEPARTMENT_ANSWERED, null, eventId, sequence);
    }

    /** R5.3: a deadline is near: the handler is warned. */
    @EventHandler
    @DisallowReplay
    void on(DeadlineWarningIssued e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        notify(e, Notice.WARNING, null, eventId, sequence, e.deadline(), e.due());
    }

    /** R5.3: a deadline passed: the handler and the head of customer service are told, once. */
    @EventHandler
    @DisallowReplay
    void on(DeadlineMissed e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        notify(e, Notice.BREACH, null, eventId, sequence, e.deadline(), e.due());
    }

    /** R4.2: the customer asked for a review: the head of customer service acknowledges and forwards it. */
    @EventHandler
    @DisallowReplay
    void on(ComplaintEscalated e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        notify(e, Notice.ESCALATED, null, eventId, sequence);
    }

    /** R3.3, R4.5: staff wrote their part of the stage-1 outcome or the final response; it goes as they wrote it. */
    @EventHandler
    @DisallowReplay
    void on(LetterWritten e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        record(OutboxEntry.written(e, eventId, sequence, clock.instant()));
    }

    /**
     * Closed: the confirmation with its reason; not after a final response, whose letter already said it was final
     * (closing then only tidies the case).
     */
    @EventHandler
    @DisallowReplay
    void on(ComplaintClosed e, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        if (e.reason() != ClosureReason.FINAL_RESPONSE_GIVEN) {
            record(e.complaintId().value(), LetterKind.CLOSURE_CONFIRMATION, eventId, sequence);
        }
    }

    /**
     * R8.2: an erased complainant's letters not yet sent are cancelled and the texts staff wrote into them erased. Not
     * a letter, so not refused on a replay: doing it again changes nothing.
     */
    @EventHandler
    void on(PersonalDataErased e) {
        outbox.erasePersonalData(e.complaintId().value());
        log.info("Letters of complaint {} not yet sent are cancelled: its personal data was erased", e.complaintId());
    }

    @ResetHandler
    void reset() {
        log.info("Processing group '{}' reset: the outbox is kept, and replayed events record no letter", GROUP);
    }

    private void record(String complaintId, LetterKind kind, String eventId, long sequence) {
        record(OutboxEntry.of(complaintId, kind, eventId, sequence, clock.instant()));
    }

    private void notify(ComplaintEvent e, Notice notice, String named, String eventId, long sequence) {
        notify(e, notice, named, eventId, sequence, null, null);
    }

    /** One notice per recipient the notice has, when the directory sends it; {@code named} is who the event names. */
    private void notify(ComplaintEvent e, Notice notice, String named, String eventId, long sequence,
                        DeadlineKind deadline, Instant due) {
        if (!staff.sends(notice)) {
            return;
        }
        for (Notice.Recipient to : notice.recipients()) {
            OutboxEntry entry = OutboxEntry.notice(e.complaintId().value(), notice, to,
                    to == Notice.Recipient.HEAD ? null : named, e.actor().name(), eventId, sequence, clock.instant());
            entry.deadline = deadline;
            entry.due = due;
            record(entry);
        }
    }

    private void record(OutboxEntry entry) {
        if (outbox.record(entry)) {
            log.info("{} for complaint {} recorded in the outbox (event {})", entry.what(), entry.complaintId,
                    entry.eventId);
        }
    }
}
