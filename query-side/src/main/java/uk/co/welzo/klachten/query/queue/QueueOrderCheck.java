package uk.co.welzo.klachten.query.queue;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.readmodel.StartUpReplay;

/**
 * Acts at start-up when the work queue holds complaints written before their {@code queueOrder} existed (#19): the
 * queue's pages and its overdue view read along that field's index, which leaves such complaints out until the
 * {@code queue} group is replayed once. With {@code klachten.queue.replay-when-order-missing} (on in the embedded
 * default, one instance) it starts that replay itself; otherwise (several query-side instances, where every
 * instance's processor must be stopped first) it says so in the log, for an operator.
 */
@Component
class QueueOrderCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(QueueOrderCheck.class);

    private final MongoTemplate mongo;
    private final StartUpReplay startUp;

    QueueOrderCheck(MongoTemplate mongo) {
        this(mongo, null, false);
    }

    @Autowired
    QueueOrderCheck(MongoTemplate mongo, ApplicationEventPublisher events,
                    @Value("${klachten.queue.replay-when-order-missing:false}") boolean replay) {
        this.mongo = mongo;
        this.startUp = new StartUpReplay(LOG, events, replay, "queue", "klachten.queue.replay-when-order-missing");
    }

    /** Looks before the event processors start: what they write as this run catches up is not an earlier release's. */
    @Override
    public void afterSingletonsInstantiated() {
        startUp.look(this::orderIsMissing);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfOrderIsMissing() {
        startUp.check(this::orderIsMissing, "The work queue's order (queueOrder) of some complaints",
                "its pages leave those complaints out (docs/operations.md, 'Replays and dead letters')");
    }

    boolean orderIsMissing() {
        return StartUpReplay.holds(mongo, mongo.getCollectionName(QueueDocument.class),
                new Document("queueOrder", new Document("$exists", false)));
    }
}
