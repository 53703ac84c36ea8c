package uk.co.welzo.klachten.query.trends;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import uk.co.welzo.klachten.query.readmodel.StartUpReplay;
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
class TrendDaysCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(TrendDaysCheck.class);

    private final MongoTemplate mongo;
    private final StartUpReplay startUp;

    TrendDaysCheck(MongoTemplate mongo) {
        this(mongo, null, false);
    }

    @Autowired
    TrendDaysCheck(MongoTemplate mongo, ApplicationEventPublisher events,
                   @Value("${klachten.trends.replay-when-counts-missing:false}") boolean replay) {
        this.mongo = mongo;
        this.startUp = new StartUpReplay(LOG, events, replay, "trends", "klachten.trends.replay-when-counts-missing");
    }

    /** Looks before the event processors start: what they write as this run catches up is not an earlier release's. */
    @Override
    public void afterSingletonsInstantiated() {
        startUp.look(this::countsAreMissing);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfCountsAreMissing() {
        startUp.check(this::countsAreMissing, "The trends' day counts or response times (trend_days)",
                "counts, the escalation rate and response times read as zero or none (docs/trends.md, 'How the counts are kept')");
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
        return StartUpReplay.holds(mongo, collection, filter);
    }
}
