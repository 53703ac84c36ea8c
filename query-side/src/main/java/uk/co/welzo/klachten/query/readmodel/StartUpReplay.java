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
 * a check, so it acts once.
 * <p>
 * A check looks before the event processors start ({@link #look}) and acts on what it saw when the service is ready
 * ({@link #check}). Looking when ready raced the processors: a fresh read model catching up on an existing event store
 * could be caught between two writes of one batch (a clock written, its day's count not yet) and be taken for an
 * earlier release's, and replayed for nothing.
 */
public final class StartUpReplay {

    private final Logger log;
    private final ApplicationEventPublisher events;
    private final boolean replay;
    private final String group;
    private final String setting;
    private final AtomicBoolean checked = new AtomicBoolean();
    /** What {@link #look} saw before the processors started; null when it did not look, or could not. */
    private volatile Boolean missingBeforeStart;

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
     * Looks at the read model as the last run left it: to be called before the event processors start (a check's
     * {@code afterSingletonsInstantiated}), when nothing of this run has written to it. If the read model cannot be
     * read then, {@link #check} looks when the service is ready instead.
     */
    public void look(BooleanSupplier missing) {
        try {
            missingBeforeStart = missing.getAsBoolean();
        } catch (RuntimeException unreadable) {
            log.warn("The '{}' read model could not be read before the processors started ({}); it is looked at when"
                    + " the service is ready", group, unreadable.toString());
        }
    }

    /**
     * Acts, the first time only, when {@code missing} said so before the processors started, or, if nothing looked
     * then, says so now.
     *
     * @param what what is missing, as the log says it ("The trends' day counts (trend_days)")
     * @param otherwise what the read model answers meanwhile, and where an operator reads more
     */
    public void check(BooleanSupplier missing, String what, String otherwise) {
        if (!checked.compareAndSet(false, true)) {
            return;
        }
        Boolean seen = missingBeforeStart;
        if (!(seen != null ? seen : missing.getAsBoolean())) {
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
