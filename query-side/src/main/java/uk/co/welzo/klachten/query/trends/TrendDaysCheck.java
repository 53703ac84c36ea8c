package uk.co.welzo.klachten.query.trends;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the trends have facts but no day counts: a read model written before the counts existed
 * (#18), which answers every count as zero until the {@code trends} group is replayed once.
 */
@Component
class TrendDaysCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TrendDaysCheck.class);

    private final MongoTemplate mongo;

    TrendDaysCheck(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfCountsAreMissing() {
        if (countsAreMissing()) {
            LOG.warn("The trends have facts but no day counts (trend_days), so counts read as zero: replay the "
                    + "'trends' group once (docs/trends.md, 'How the counts are kept')");
        }
    }

    boolean countsAreMissing() {
        return first(TrendFactDocument.COLLECTION) && !first(TrendDayDocument.COLLECTION);
    }

    private boolean first(String collection) {
        return mongo.getCollection(collection).find().projection(new Document("_id", 1)).limit(1).first() != null;
    }
}
