package uk.co.welzo.klachten.query.queue;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueChange;
import uk.co.welzo.klachten.query.infrastructure.Subscribers;
import uk.co.welzo.klachten.query.readmodel.LiveNotice;

/**
 * Tells subscribers of {@link FindWorkQueue} about a changed row: the row to those whose filters it matches, a
 * removal marker (item null) to those whose filters it matched before the change but no longer does, and to those
 * it matched when it leaves the queue. Filters are judged now, by the same {@link QueueFilter} the queries use;
 * paging is not applied to updates. Within a unit of work Axon's emitter sends the updates only after the batch has
 * committed.
 */
@Component
class QueueUpdates implements LiveNotice<QueueDocument, QueueFilter.Row> {

    private final QueryUpdateEmitter emitter;
    private final Clock clock;

    QueueUpdates(QueryUpdateEmitter emitter, Clock clock) {
        this.emitter = emitter;
        this.clock = clock;
    }

    @Override
    public boolean watched() {
        return Subscribers.watching(emitter, FindWorkQueue.class);
    }

    @Override
    public QueueFilter.Row before(QueueDocument document) {
        return document == null ? null : QueueFilter.Row.of(document);
    }

    @Override
    public void changed(QueueFilter.Row before, QueueDocument after) {
        Instant now = clock.instant();
        QueueFilter.Row row = QueueFilter.Row.of(after);
        emitter.emit(FindWorkQueue.class, find -> new QueueFilter(find, now).matches(row),
                new WorkQueueChange(after.id, after.toSummary(now)));
        if (before != null) {
            emitter.emit(FindWorkQueue.class, find -> {
                        QueueFilter filter = new QueueFilter(find, now);
                        return !filter.matches(row) && filter.matches(before);
                    },
                    new WorkQueueChange(after.id, null));
        }
    }

    @Override
    public void removed(QueueFilter.Row before, QueueDocument removed) {
        Instant now = clock.instant();
        emitter.emit(FindWorkQueue.class, find -> new QueueFilter(find, now).matches(before),
                new WorkQueueChange(removed.id, null));
    }
}
