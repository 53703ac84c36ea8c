package uk.co.welzo.klachten.query.queue;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.batch.DocumentBatch;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;


/**
 * Keeps one queue document per open complaint; its status, stage, running deadlines and open inquiries
 * move as {@link uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition} says. Replay-safe: each document remembers the last aggregate
 * sequence number applied, and an event at or below it changes nothing. A closed or withdrawn complaint
 * leaves the queue and leaves a tombstone (its id and closing sequence) in {@value #REMOVED}, so a
 * redelivered older event never brings it back; closing is final, so any later event for it is ignored too.
 * Every live change (never a replayed one, never one skipped as already applied) goes to the subscribers of
 * {@code FindWorkQueue} through {@link QueueUpdates}.
 */
@Component
@ProcessingGroup("queue")
class QueueProjection {

    static final String REMOVED = "work_queue_removed";

    private final MongoTemplate mongo;
    private final QueueUpdates updates;

    QueueProjection(MongoTemplate mongo, QueueUpdates updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence, ReplayStatus replay) {
        String id = e.complaintId().value();
        DocumentBatch batch = DocumentBatch.current(mongo);
        QueueDocument found = batch.find(QueueDocument.class, id);
        if (found == null && batch.exists(REMOVED, id)) {
            return;
        }
        QueueDocument lodged = found != null ? found : new QueueDocument();
        lodged.id = id;
        apply(batch, lodged, sequence, replay, q -> {
            q.reference = e.reference().value();
            q.category = e.category();
            q.channel = e.channel();
            q.follow(e);
        });
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(ComplaintAssigned e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> {
            q.handler = e.handler();
            q.follow(e);
        });
    }

    @EventHandler
    void on(ComplaintRecategorised e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> {
            q.category = e.category();
            q.follow(e);
        });
    }

    @EventHandler
    void on(DepartmentInputRequested e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(DepartmentInputReceived e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(DeadlineExtended e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(DeadlineWarningIssued e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(DeadlineMissed e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(EscalationAcknowledged e, @SequenceNumber long sequence, ReplayStatus replay) {
        update(e.complaintId(), sequence, replay, q -> q.follow(e));
    }

    @EventHandler
    void on(ComplaintClosed e, @SequenceNumber long sequence, ReplayStatus replay) {
        remove(e.complaintId(), sequence, replay);
    }

    @EventHandler
    void on(ComplaintWithdrawn e, @SequenceNumber long sequence, ReplayStatus replay) {
        remove(e.complaintId(), sequence, replay);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), QueueDocument.class);
        mongo.remove(new Query(), REMOVED);
    }

    private void remove(ComplaintId complaintId, long sequence, ReplayStatus replay) {
        String id = complaintId.value();
        DocumentBatch batch = DocumentBatch.current(mongo);
        QueueDocument found = find(batch, id, sequence);
        if (found == null || sequence <= found.lastSequence) {
            return;
        }
        // tombstone first: a crash between the two writes then redelivers onto a document that still exists
        batch.saveStored(REMOVED, new Document("_id", id).append("closedAtSequence", sequence));
        batch.delete(QueueDocument.class, id);
        if (!replay.isReplay() && updates.watched()) {
            updates.removed(id, QueueFilters.Row.of(found));
        }
    }

    private void update(ComplaintId complaintId, long sequence, ReplayStatus replay, Consumer<QueueDocument> change) {
        DocumentBatch batch = DocumentBatch.current(mongo);
        QueueDocument found = find(batch, complaintId.value(), sequence);
        if (found != null) {
            apply(batch, found, sequence, replay, change);
        }
    }

    /** The open complaint's document, or null when it has left the queue; anything else is a damaged read model. */
    private static QueueDocument find(DocumentBatch batch, String id, long sequence) {
        QueueDocument found = batch.find(QueueDocument.class, id);
        if (found == null && !batch.exists(REMOVED, id)) {
            // one aggregate's events arrive in order, so this is a damaged read model: fail loudly and retry
            throw new IllegalStateException("complaint " + id + " has no queue entry to apply event " + sequence + " to");
        }
        return found;
    }

    private void apply(DocumentBatch batch, QueueDocument q, long sequence, ReplayStatus replay, Consumer<QueueDocument> change) {
        if (sequence <= q.lastSequence) {
            return;
        }
        boolean live = !replay.isReplay() && updates.watched();
        QueueFilters.Row before = !live || q.lastSequence < 0 ? null : QueueFilters.Row.of(q);
        change.accept(q);
        q.lastSequence = sequence;
        batch.save(q);
        if (live) {
            updates.changed(before, q);
        }
    }
}
