package uk.co.welzo.klachten.query.queue;

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
 * move as {@link uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition} says. Written through a
 * {@link ReadModelWriter}, so replay-safe, and every live change goes to the subscribers of {@code FindWorkQueue}
 * through {@link QueueUpdates}. A closed or withdrawn complaint leaves the queue and leaves a {@link QueueTombstone},
 * so a redelivered older event never brings it back; closing is final, so any later event for it is ignored too.
 */
@Component
@ProcessingGroup("queue")
class QueueProjection {

    private final ReadModelWriter<QueueDocument> queue;

    QueueProjection(MongoTemplate mongo, QueueUpdates updates) {
        this.queue = ReadModelWriter.of(mongo, QueueDocument.class).notifying(updates);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence, ReplayStatus replay) {
        String id = e.complaintId().value();
        QueueDocument found = queue.find(id);
        if (found == null && queue.exists(QueueTombstone.class, id)) {
            return;
        }
        QueueDocument lodged = found != null ? found : new QueueDocument();
        lodged.id = id;
        queue.apply(lodged, sequence, replay, q -> {
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
        update(e.complaintId(), sequence, replay, q -> {
            q.reviewManager = e.departmentManager().name();
            q.reviewManagerUser = e.departmentManager().userName();
            q.reviewDepartment = e.departmentManager().department();
            q.reviewDepartmentKey = QueueFilter.departmentKey(q.reviewDepartment);
            q.follow(e);
        });
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
        queue.clear();
        queue.clearCompanion(QueueTombstone.class);
    }

    private void remove(ComplaintId complaintId, long sequence, ReplayStatus replay) {
        String id = complaintId.value();
        QueueDocument found = find(id, sequence);
        if (found != null && !found.hasApplied(sequence)) {
            // tombstone first: a crash between the two writes then redelivers onto a document that still exists
            queue.saveCompanion(QueueTombstone.of(id, sequence));
            queue.remove(found, id, sequence, replay);
        }
    }

    private void update(ComplaintId complaintId, long sequence, ReplayStatus replay, Consumer<QueueDocument> change) {
        QueueDocument found = find(complaintId.value(), sequence);
        if (found != null) {
            queue.apply(found, sequence, replay, change);
        }
    }

    /** The open complaint's document, or null when it has left the queue; anything else is a damaged read model. */
    private QueueDocument find(String id, long sequence) {
        QueueDocument found = queue.find(id);
        if (found == null && !queue.exists(QueueTombstone.class, id)) {
            // one aggregate's events arrive in order, so this is a damaged read model: fail loudly and retry
            throw new IllegalStateException("complaint " + id + " has no queue entry to apply event " + sequence + " to");
        }
        return found;
    }
}
