package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.correspondence.LetterKind;

/**
 * Decides from the events which letter the customer is owed and records it in the outbox, keyed by complaint, letter
 * and the causing event: the same event delivered twice (a retry, a second instance, a token reset that slipped past
 * the guard) records it once. A replay of the read models sends nothing: the handlers refuse replays, so a rebuild
 * never reaches the outbox. The reset handler keeps the outbox (it is not a read model, no event rebuilds it); it also
 * lets an operator's "replay all" reset this group with the rest, which replays nothing into it.
 */
@Component
@ProcessingGroup(CorrespondenceProcess.GROUP)
class CorrespondenceProcess {

    static final String GROUP = "correspondence";
    private static final Logger log = LoggerFactory.getLogger(CorrespondenceProcess.class);

    private final Outbox outbox;
    private final Clock clock;

    CorrespondenceProcess(Outbox outbox, Clock clock) {
        this.outbox = outbox;
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

    @ResetHandler
    void reset() {
        log.info("Processing group '{}' reset: the outbox is kept, and replayed events record no letter", GROUP);
    }

    private void record(String complaintId, LetterKind kind, String eventId, long sequence) {
        if (outbox.record(OutboxEntry.of(complaintId, kind, eventId, sequence, clock.instant()))) {
            log.info("{} letter for complaint {} recorded in the outbox (event {})", kind, complaintId, eventId);
        }
    }
}
