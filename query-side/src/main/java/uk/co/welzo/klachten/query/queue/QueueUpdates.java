package uk.co.welzo.klachten.query.queue;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueChange;
import uk.co.welzo.klachten.query.Subscribers;

/**
 * Tells subscribers of {@link FindWorkQueue} about a changed row: the row to those whose filters it matches, a
 * removal marker (item null) to those whose filters it matched before the change but no longer does, and to those
 * it matched when it leaves the queue. Filters are judged now; paging is not applied to updates. Within a unit of
 * work Axon's emitter sends the updates only after the batch has committed.
 */
@Component
class QueueUpdates {

    private final QueryUpdateEmitter emitter;
    private final Clock clock;

    QueueUpdates(QueryUpdateEmitter emitter, Clock clock) {
        this.emitter = emitter;
        this.clock = clock;
    }

    /** Whether anyone subscribes to the work queue here; without subscribers no update is worked out. */
    boolean watched() {
        return Subscribers.watching(emitter, FindWorkQueue.class);
    }

    void changed(QueueFilters.Row before, QueueDocument after) {
        Instant now = clock.instant();
        QueueFilters.Row row = QueueFilters.Row.of(after);
        emitter.emit(FindWorkQueue.class, find -> QueueFilters.matches(find, row, now),
                new WorkQueueChange(after.id, after.toSummary(now)));
        if (before != null) {
            emitter.emit(FindWorkQueue.class,
                    find -> !QueueFilters.matches(find, row, now) && QueueFilters.matches(find, before, now),
                    new WorkQueueChange(after.id, null));
        }
    }

    void removed(String complaintId, QueueFilters.Row before) {
        Instant now = clock.instant();
        emitter.emit(FindWorkQueue.class, find -> QueueFilters.matches(find, before, now),
                new WorkQueueChange(complaintId, null));
    }
}
