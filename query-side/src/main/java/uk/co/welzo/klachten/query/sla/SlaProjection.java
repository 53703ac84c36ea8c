package uk.co.welzo.klachten.query.sla;


import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;
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
 * Keeps one clock per obligation, started, met, moved and stopped as {@link ComplaintTransition} says each event
 * does. Written through a {@link ReadModelWriter}, so replay-safe; a live change that makes, changes or ends a
 * current breach goes to subscribers of {@code FindCurrentBreaches} through {@link SlaBreachUpdates}.
 */
@Component
@ProcessingGroup("sla")
class SlaProjection {

    private final ReadModelWriter<SlaClockDocument> clocks;

    SlaProjection(MongoTemplate mongo, SlaBreachUpdates breaches) {
        this.clocks = SlaClockDocument.writer(mongo).notifying(breaches);
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
        clocks.clear();
        clocks.clearCompanion(SlaDayDocument.class);
        clocks.clearCompanion(RunningClockDocument.class);
    }

    private void start(ComplaintId complaintId, DeadlineKind kind, String inquiryId, long sequence, ReplayStatus replay,
                       Instant startedAt, Instant due, Instant warningAt, String policyVersion,
                       Consumer<SlaClockDocument> extra) {
        String id = SlaClockDocument.idOf(complaintId.value(), kind, inquiryId);
        SlaClockDocument old = clocks.find(id);
        boolean started = clocks.replace(id, sequence, replay, () -> {
            SlaClockDocument clock = new SlaClockDocument();
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
            SlaDays.moveCount(clocks, SlaDays.countsOf(old), SlaDays.copyOf(old), clock);
            return clock;
        });
        if (started && kind != DeadlineKind.ACKNOWLEDGEMENT) {
            SlaClockDocument.register(clocks, complaintId.value(), id);
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
        for (SlaClockDocument clock : SlaClockDocument.allOf(clocks::find, complaintId.value())) {
            clocks.apply(clock, sequence, replay, counted(stopped -> {
                if (stopped.running) {
                    stopped.stoppedAt = stoppedAt;
                    stopped.running = false;
                }
            }));
        }
    }

    private void update(ComplaintId complaintId, DeadlineKind kind, String inquiryId, long sequence, ReplayStatus replay,
                        Consumer<SlaClockDocument> change) {
        clocks.apply(SlaClockDocument.idOf(complaintId.value(), kind, inquiryId), sequence, replay, counted(change));
    }

    /**
     * The change, and then its clock's compliance count moved and its running copy kept or removed ({@link SlaDays}):
     * the writer runs it only for an event it applies, so the count is guarded by the clock's sequence number.
     */
    private Consumer<SlaClockDocument> counted(Consumer<SlaClockDocument> change) {
        return clock -> {
            SlaDays.Counted before = SlaDays.countsOf(clock);
            RunningClockDocument copyBefore = SlaDays.copyOf(clock);
            change.accept(clock);
            SlaDays.moveCount(clocks, before, copyBefore, clock);
        };
    }

    private static String idOrNull(InquiryId inquiryId) {
        return inquiryId == null ? null : inquiryId.value();
    }
}
