package uk.co.welzo.klachten.query.queue;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.readmodel.ReplayNeeded;

/**
 * Acts at start-up when the work queue holds complaints written before their {@code queueOrder} existed (#19): the
 * queue's pages and its overdue view read along that field's index, which leaves such complaints out until the
 * {@code queue} group is replayed once. With {@code klachten.queue.replay-when-order-missing} (on in the embedded
 * default, one instance) it starts that replay itself; otherwise (several query-side instances, where every
 * instance's processor must be stopped first) it says so in the log, for an operator.
 */
@Component
class QueueOrderCheck {

    private static final Logger LOG = LoggerFactory.getLogger(QueueOrderCheck.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final boolean replay;
    private final java.util.concurrent.atomic.AtomicBoolean checked = new java.util.concurrent.atomic.AtomicBoolean();

    QueueOrderCheck(MongoTemplate mongo) {
        this(mongo, null, false);
    }

    @Autowired
    QueueOrderCheck(MongoTemplate mongo, ApplicationEventPublisher events,
                    @Value("${klachten.queue.replay-when-order-missing:false}") boolean replay) {
        this.mongo = mongo;
        this.events = events;
        this.replay = replay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfOrderIsMissing() {
        if (!checked.compareAndSet(false, true)) {
            return; // the ready event of each context of the application arrives here: one check is enough
        }
        if (!orderIsMissing()) {
            return;
        }
        if (replay && events != null) {
            LOG.warn("The work queue has complaints without their queue order (queueOrder): replaying the 'queue' group "
                    + "once, as klachten.queue.replay-when-order-missing asks");
            events.publishEvent(new ReplayNeeded("queue", "start-up: the work queue's order is missing"));
        } else {
            LOG.warn("The work queue has complaints without their queue order (queueOrder), which its pages leave out: "
                    + "replay the 'queue' group once (docs/operations.md, 'Replays and dead letters')");
        }
    }

    boolean orderIsMissing() {
        return mongo.getCollection(mongo.getCollectionName(QueueDocument.class))
                .find(new Document("queueOrder", new Document("$exists", false)))
                .projection(new Document("_id", 1)).limit(1).first() != null;
    }
}
