package uk.co.welzo.klachten.query.readmodel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a start-up check of one read model does once it has found the read model written by an earlier release without
 * something this one reads: with {@code replay} (the embedded default, one instance) it asks for a replay of the
 * group ({@link ReplayNeeded}); otherwise (several query-side instances, where every instance's processor must be
 * stopped first) it says so in a warning, for an operator. The ready event of every context of the application reaches
 * a check, so it looks once.
 */
public final class StartUpReplay {

    private final Logger log;
    private final ApplicationEventPublisher events;
    private final boolean replay;
    private final String group;
    private final String setting;
    private final AtomicBoolean checked = new AtomicBoolean();

    /**
     * @param setting the property that says whether to replay, named in the warning
     */
    public StartUpReplay(Logger log, ApplicationEventPublisher events, boolean replay, String group, String setting) {
        this.log = log;
        this.events = events;
        this.replay = replay;
        this.group = group;
        this.setting = setting;
    }

    /**
     * Looks, the first time only, and acts when {@code missing} says so.
     *
     * @param what what is missing, as the log says it ("The trends' day counts (trend_days)")
     * @param otherwise what the read model answers meanwhile, and where an operator reads more
     */
    public void check(BooleanSupplier missing, String what, String otherwise) {
        if (!checked.compareAndSet(false, true) || !missing.getAsBoolean()) {
            return;
        }
        if (replay && events != null) {
            log.warn("{}: not there. Replaying the '{}' group once, as {} asks; it fills up as the replay goes", what,
                    group, setting);
            events.publishEvent(new ReplayNeeded(group, "start-up: " + what + " not there"));
        } else {
            log.warn("{}: not there, so {}. Replay the '{}' group once", what, otherwise, group);
        }
    }

    /** Whether a collection holds a document that matches: the one query a check needs. */
    public static boolean holds(MongoTemplate mongo, String collection, Document filter) {
        return mongo.getCollection(collection).find(filter).projection(new Document("_id", 1)).limit(1).first() != null;
    }
}
