package uk.co.welzo.klachten.query.trends;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import uk.co.welzo.klachten.query.readmodel.ReplayNeeded;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Acts at start-up when the trends have facts but no day counts: a read model written before the counts existed
 * (#18), which answers every count as zero until the {@code trends} group is replayed once; or resolved facts but no
 * day count of resolutions, written before the escalation rate was counted per day, which answers that rate as none; or
 * acknowledged facts but no day's response times, written before those were counted per day, which answers no
 * median or percentile. With
 * {@code klachten.trends.replay-when-counts-missing} (on in the embedded default, one instance) it starts that replay
 * itself; otherwise (several query-side instances, where every instance's processor must be stopped first) it says so
 * in the log, for an operator.
 */
@Component
class TrendDaysCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TrendDaysCheck.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final boolean replay;
    private final java.util.concurrent.atomic.AtomicBoolean checked = new java.util.concurrent.atomic.AtomicBoolean();

    TrendDaysCheck(MongoTemplate mongo) {
        this(mongo, null, false);
    }

    @Autowired
    TrendDaysCheck(MongoTemplate mongo, ApplicationEventPublisher events,
                   @Value("${klachten.trends.replay-when-counts-missing:false}") boolean replay) {
        this.mongo = mongo;
        this.events = events;
        this.replay = replay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfCountsAreMissing() {
        if (!checked.compareAndSet(false, true)) {
            return; // the ready event of each context of the application arrives here: one check is enough
        }
        if (!countsAreMissing()) {
            return;
        }
        if (replay && events != null) {
            LOG.warn("The trends have facts but not all their day counts (trend_days): replaying the 'trends' group once, "
                    + "as klachten.trends.replay-when-counts-missing asks; counts fill up as it goes");
            events.publishEvent(new ReplayNeeded("trends", "start-up: the trends' day counts are missing"));
        } else {
            LOG.warn("The trends have facts but not all their day counts (trend_days), so counts read as zero: replay the "
                    + "'trends' group once (docs/trends.md, 'How the counts are kept')");
        }
    }

    boolean countsAreMissing() {
        return first(TrendFactDocument.COLLECTION, new Document())
                && !first(TrendDayDocument.COLLECTION, new Document())
                || first(TrendFactDocument.COLLECTION, new Document("resolvedAt", new Document("$ne", null)))
                && !first(TrendDayDocument.COLLECTION,
                        new Document(TrendTally.RESOLVED_AT_STAGE_ONE.field(), new Document("$exists", true)))
                || first(TrendFactDocument.COLLECTION, new Document("hoursToAcknowledge", new Document("$ne", null)))
                && !first(TrendDayDocument.COLLECTION,
                        new Document(TrendTally.TO_ACKNOWLEDGE, new Document("$exists", true)));
    }

    private boolean first(String collection, Document filter) {
        return mongo.getCollection(collection).find(filter).projection(new Document("_id", 1)).limit(1).first() != null;
    }
}
