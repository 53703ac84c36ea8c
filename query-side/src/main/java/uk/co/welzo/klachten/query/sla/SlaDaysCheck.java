package uk.co.welzo.klachten.query.sla;

import java.util.Arrays;
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
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.query.readmodel.StartUpReplay;

/**
 * Acts at start-up when the SLA clocks were written before their compliance counts existed (#18): stopped clocks but
 * no day counts ({@link SlaDayDocument}), running clocks but no running copies ({@link RunningClockDocument}), or
 * copies without the order their breaches are counted by ({@code dueOrder}, added after the copies), or running
 * clocks but no day counting them ({@code <kind>.running.count}, added after the copies).
 * Such a read model answers compliance and the current breaches as if there were none until the {@code sla} group is
 * replayed once. With {@code klachten.sla.replay-when-counts-missing} (on in the embedded default, one instance) it
 * starts that replay itself; otherwise (several query-side instances, where every instance's processor must be stopped
 * first) it says so in the log, for an operator.
 */
@Component
class SlaDaysCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SlaDaysCheck.class);
    private static final String CLOCKS = "sla_clocks";

    private final MongoTemplate mongo;
    private final StartUpReplay startUp;

    SlaDaysCheck(MongoTemplate mongo) {
        this(mongo, null, false);
    }

    @Autowired
    SlaDaysCheck(MongoTemplate mongo, ApplicationEventPublisher events,
                 @Value("${klachten.sla.replay-when-counts-missing:false}") boolean replay) {
        this.mongo = mongo;
        this.startUp = new StartUpReplay(LOG, events, replay, "sla", "klachten.sla.replay-when-counts-missing");
    }

    /** Looks before the event processors start: what they write as this run catches up is not an earlier release's. */
    @Override
    public void afterSingletonsInstantiated() {
        startUp.look(this::countsAreMissing);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfCountsAreMissing() {
        startUp.check(this::countsAreMissing,
                "The SLA compliance counts (sla_days) or running clocks' copies (sla_running)", "compliance and the current breaches read as none (docs/sla-clocks.md, 'Compliance counted per day')");
    }

    boolean countsAreMissing() {
        return first(CLOCKS, new Document("running", false)
                .append("kind", new Document("$ne", DeadlineKind.DEPARTMENT_RESPONSE.name())))
                && !first(SlaDayDocument.COLLECTION, new Document())
                || first(CLOCKS, new Document("running", true)) && !first(RunningClockDocument.COLLECTION, new Document())
                || first(RunningClockDocument.COLLECTION, new Document("dueOrder", new Document("$exists", false)))
                || first(CLOCKS, new Document("running", true)
                        .append("kind", new Document("$ne", DeadlineKind.DEPARTMENT_RESPONSE.name())))
                && !first(SlaDayDocument.COLLECTION, new Document("$or", Arrays.stream(DeadlineKind.values())
                        .map(kind -> new Document(kind + ".running.count", new Document("$exists", true))).toList()));
    }

    private boolean first(String collection, Document filter) {
        return StartUpReplay.holds(mongo, collection, filter);
    }
}
