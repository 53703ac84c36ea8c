package uk.co.welzo.klachten.query.sla;


import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.batch.DocumentBatch;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintChanges;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.DeadlineSet;

/**
 * Keeps one clock per obligation, started, met, moved and stopped as {@link ComplaintTransition} says
 * each event does. Replay-safe: each clock remembers the last aggregate sequence
 * number applied to it, and an event at or below it changes nothing. A live change (never one
 * replayed, never one skipped as already applied) that makes, changes or ends a current breach is
 * emitted to subscribers of {@code FindCurrentBreaches}.
 */
@Component
@ProcessingGroup("sla")
class SlaProjection {

    private final MongoTemplate mongo;
    private final SlaBreachUpdates breaches;

    SlaProjection(MongoTemplate mongo, SlaBreachUpdates breaches) {
        this.mongo = mongo;
        this.breaches = breaches;
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay, clock -> clock.reference = e.reference().value());
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(DepartmentInputRequested e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(DepartmentInputReceived e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(EscalationAcknowledged e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(DeadlineExtended e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(DeadlineWarningIssued e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(DeadlineMissed e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(ComplaintClosed e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    @EventHandler
    void on(ComplaintWithdrawn e, @SequenceNumber long sequence, ReplayStatus replay) {
        follow(e, sequence, replay);
    }

    private void follow(ComplaintEvent e, long sequence, ReplayStatus replay) {
        follow(e, sequence, replay, clock -> { });
    }

    /**
     * Starts, meets, moves, warns, breaches and stops clocks as {@link ComplaintTransition} says the event
     * does; {@code onStart} adds to a clock the event starts what only this read model keeps.
     */
    private void follow(ComplaintEvent e, long sequence, ReplayStatus replay, Consumer<SlaClockDocument> onStart) {
        ComplaintId complaintId = e.complaintId();
        ComplaintTransition.tell(e, new ComplaintChanges() {
            @Override
            public void deadlineSet(DeadlineSet deadline) {
                start(complaintId, deadline.kind(), idOrNull(deadline.inquiryId()), sequence, replay, e.occurredAt(),
                        deadline.due(), deadline.warningAt(), deadline.policyVersion(), onStart);
            }

            @Override
            public void obligationMet(DeadlineKind kind, InquiryId inquiryId) {
                meet(complaintId, kind, idOrNull(inquiryId), sequence, replay, e.occurredAt());
            }

            @Override
            public void deadlineExtended(DeadlineKind kind, Instant originalDue, Instant previousDue, Instant newDue,
                                         Instant newWarningAt) {
                update(complaintId, kind, null, sequence, replay, clock -> {
                    clock.currentDue = newDue;
                    clock.warningAt = newWarningAt;
                });
            }

            @Override
            public void warningIssued(DeadlineKind kind, InquiryId inquiryId, Instant due) {
                update(complaintId, kind, idOrNull(inquiryId), sequence, replay, clock -> {
                    clock.warnedAt = e.recordedAt();
                    clock.warnedDue = due;
                });
            }

            @Override
            public void deadlineMissed(DeadlineKind kind, InquiryId inquiryId, Instant due) {
                update(complaintId, kind, idOrNull(inquiryId), sequence, replay, clock -> {
                    clock.missedAt = e.recordedAt();
                    clock.missedDue = due;
                });
            }

            @Override
            public void clocksStopped() {
                stopAll(complaintId, sequence, replay, e.occurredAt());
            }
        });
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), SlaClockDocument.class);
        mongo.remove(new Query(), SlaAlarms.COLLECTION);
    }

    private void start(ComplaintId complaintId, DeadlineKind kind, String inquiryId, long sequence, ReplayStatus replay,
                       Instant startedAt, Instant due, Instant warningAt, String policyVersion,
                       Consumer<SlaClockDocument> extra) {
        String id = SlaClockDocument.idOf(complaintId.value(), kind, inquiryId);
        DocumentBatch batch = SlaClockDocument.batch(mongo);
        SlaClockDocument clock = batch.find(SlaClockDocument.class, id);
        if (clock != null && clock.lastSequence >= sequence) {
            return;
        }
        boolean breachedBefore = clock != null && clock.breachedAt(clockNow());
        clock = new SlaClockDocument();
        clock.id = id;
        clock.complaintId = complaintId.value();
        clock.kind = kind;
        clock.inquiryId = inquiryId;
        clock.startedAt = startedAt;
        clock.originalDue = due;
        clock.currentDue = due;
        clock.warningAt = warningAt;
        clock.policyVersion = policyVersion;
        clock.running = true;
        extra.accept(clock);
        save(batch, clock, sequence, breachedBefore, replay);
        if (kind != DeadlineKind.ACKNOWLEDGEMENT) {
            SlaClockDocument.register(batch, complaintId.value(), id);
        }
    }

    private void meet(ComplaintId complaintId, DeadlineKind kind, String inquiryId, long sequence, ReplayStatus replay,
                      Instant metAt) {
        update(complaintId, kind, inquiryId, sequence, replay, clock -> {
            if (clock.running) {
                clock.metAt = metAt;
                clock.running = false;
            }
        });
    }

    private void stopAll(ComplaintId complaintId, long sequence, ReplayStatus replay, Instant stoppedAt) {
        DocumentBatch batch = SlaClockDocument.batch(mongo);
        for (SlaClockDocument clock : SlaClockDocument.allOf(batch, complaintId.value())) {
            if (clock.lastSequence < sequence) {
                boolean breachedBefore = clock.breachedAt(clockNow());
                if (clock.running) {
                    clock.stoppedAt = stoppedAt;
                    clock.running = false;
                }
                save(batch, clock, sequence, breachedBefore, replay);
            }
        }
    }

    private void update(ComplaintId complaintId, DeadlineKind kind, String inquiryId, long sequence, ReplayStatus replay,
                        Consumer<SlaClockDocument> change) {
        DocumentBatch batch = SlaClockDocument.batch(mongo);
        SlaClockDocument clock = batch.find(SlaClockDocument.class, SlaClockDocument.idOf(complaintId.value(), kind, inquiryId));
        if (clock == null) {
            throw new IllegalStateException("no SLA clock " + kind + " for complaint " + complaintId
                    + ": its starting event was never projected");
        }
        if (clock.lastSequence >= sequence) {
            return;
        }
        boolean breachedBefore = clock.breachedAt(clockNow());
        change.accept(clock);
        save(batch, clock, sequence, breachedBefore, replay);
    }

    private void save(DocumentBatch batch, SlaClockDocument clock, long sequence, boolean breachedBefore,
                      ReplayStatus replay) {
        clock.lastSequence = sequence;
        Instant alarmBefore = clock.nextAlertAt;
        clock.recomputeNextAlert();
        if (!Objects.equals(alarmBefore, clock.nextAlertAt)) {
            // the alarm first: a crash between the two writes leaves the clock behind, and the redelivered event
            // (applied to the clock as it was) rewrites both
            SlaAlarms.keep(batch, clock);
        }
        batch.save(clock);
        if (!replay.isReplay()) {
            breaches.changed(clock, breachedBefore);
        }
    }

    private Instant clockNow() {
        return breaches.now();
    }

    private static String idOrNull(InquiryId inquiryId) {
        return inquiryId == null ? null : inquiryId.value();
    }
}
