package uk.co.welzo.klachten.query.automation.correspondence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.PersonalData;

/**
 * The {@value OutboxEntry#COLLECTION} collection: letters recorded once by their key, claimed by one sender at a time
 * with a lease (a single findAndModify on state and lease, atomic on any MongoDB), and every step of a send as a
 * conditional update by the lease holder, so a sender whose lease ran out cannot overwrite the one that took over.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MongoTemplate mongo;

    Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the letter unless its key is there already; answers whether it was new. */
    boolean record(OutboxEntry entry) {
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** The next letter due, leased to {@code owner} until {@code now + lease}; also held letters once mail can go. */
    Optional<OutboxEntry> claim(Instant now, Duration lease, String owner) {
        Optional<OutboxEntry> claimed = claimIn(now, lease, owner, DUE_ORDER, LetterState.PENDING,
                LetterState.SENDING, LetterState.HELD);
        claimed.filter(entry -> entry.newOrder == null).ifPresent(wasHeld -> {
            // a held letter being sent is new again for a service that loses its mail server before it is done
            wasHeld.newOrder = wasHeld.dueOrder;
            mongo.updateFirst(leasedBy(wasHeld), new Update().set(NEW_ORDER, wasHeld.dueOrder), OutboxEntry.class);
        });
        return claimed;
    }

    /** The next new letter due (not a held one), leased as {@link #claim} does: without a mail server, to sort it. */
    Optional<OutboxEntry> claimNew(Instant now, Duration lease, String owner) {
        return claimIn(now, lease, owner, NEW_ORDER, LetterState.PENDING, LetterState.SENDING);
    }

    static final String NEW_ORDER = "newOrder";
    static final String DUE_ORDER = "dueOrder";

    /**
     * Reads the letters due by now along {@code order}'s index, soonest due first, and takes the first whose state is
     * one of {@code states} and whose lease has run out: the same letter as sorting every letter of those states by
     * when it is due, then by key, without reading the letters sent long ago.
     */
    private Optional<OutboxEntry> claimIn(Instant now, Duration lease, String owner, String order,
                                          LetterState... states) {
        Query due = query(where(order).lt(OutboxEntry.dueBy(now))
                .and("state").in((Object[]) states)
                .and("nextAttemptAt").lte(now)
                .and("leaseUntil").lte(now))
                .with(Sort.by(order));
        Update take = new Update().set("state", LetterState.SENDING).set("leaseUntil", now.plus(lease))
                .set("leaseOwner", owner);
        return Optional.ofNullable(mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(true),
                OutboxEntry.class));
    }

    /** The lease holder's change to its letter; false when another sender has taken it over. */
    boolean update(OutboxEntry leased, Update change) {
        return mongo.updateFirst(leasedBy(leased), ordered(leased, change), OutboxEntry.class).getMatchedCount() == 1;
    }

    private static Query leasedBy(OutboxEntry leased) {
        return query(where("_id").is(leased.id).and("leaseOwner").is(leased.leaseOwner)
                .and("state").is(LetterState.SENDING));
    }

    /**
     * The change with the letter's claim orders kept to its new state: both while it is new or being sent, only
     * {@link #DUE_ORDER} while held, neither once it is waiting for the post, parked, sent or cancelled. A change that
     * sets no state leaves them as they are.
     */
    static Update ordered(OutboxEntry current, Update change) {
        if (!(change.getUpdateObject().get("$set") instanceof Document set) || !set.containsKey("state")) {
            return change;
        }
        LetterState state = LetterState.valueOf(String.valueOf(set.get("state")));
        Instant next = set.get("nextAttemptAt") instanceof Instant at ? at : current.nextAttemptAt;
        String order = OutboxEntry.order(next, current.id);
        switch (state) {
            case PENDING, SENDING -> change.set(NEW_ORDER, order).set(DUE_ORDER, order);
            case HELD -> change.unset(NEW_ORDER).set(DUE_ORDER, order);
            default -> change.unset(NEW_ORDER).unset(DUE_ORDER);
        }
        return change;
    }

    /**
     * Gives the letters a release before the claim orders recorded, and not yet sent, their orders: without them no
     * claim would find them. Once, at start-up; it reads the outbox once, and finds nothing on every later start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void orderLettersOfEarlierReleases() {
        List<OutboxEntry> unordered = mongo.find(query(where("state")
                .in(LetterState.PENDING, LetterState.SENDING, LetterState.HELD).and(DUE_ORDER).exists(false)),
                OutboxEntry.class);
        for (OutboxEntry entry : unordered) {
            String order = OutboxEntry.order(entry.nextAttemptAt, entry.id);
            Update orders = new Update().set(DUE_ORDER, order);
            if (entry.state != LetterState.HELD) {
                orders.set(NEW_ORDER, order);
            }
            mongo.updateFirst(query(where("_id").is(entry.id).and("state").is(entry.state)), orders,
                    OutboxEntry.class);
        }
        if (!unordered.isEmpty()) {
            log.info("gave {} letter(s) recorded by an earlier release their place in the outbox's claim order",
                    unordered.size());
        }
    }

    /** Why a letter was cancelled, as its {@code lastError} says. */
    static final String ERASED_REASON = "cancelled: the complainant's personal data was erased (R8.2)";

    /**
     * R8.2: the complaint's letters not yet gone are cancelled, never sent (one whose e-mail went, {@code sentAt} set,
     * is left to be recorded), and what staff wrote into any of its letters reads as erased. Idempotent.
     */
    void erasePersonalData(String complaintId) {
        Criteria notGone = new Criteria().orOperator(
                where("state").in(LetterState.PENDING, LetterState.HELD, LetterState.NEEDS_POST, LetterState.PARKED),
                where("state").is(LetterState.SENDING).and("sentAt").is(null));
        mongo.updateMulti(query(where("complaintId").is(complaintId).and("kind").ne(null).andOperator(notGone)),
                new Update().set("state", LetterState.CANCELLED).set("leaseUntil", Instant.EPOCH)
                        .set("lastError", ERASED_REASON).unset(NEW_ORDER).unset(DUE_ORDER), OutboxEntry.class);
        for (String text : List.of("findings", "remedy", "signposting")) {
            mongo.updateMulti(query(where("complaintId").is(complaintId).and(text).ne(null)),
                    new Update().set(text, PersonalData.ERASED), OutboxEntry.class);
        }
    }

    /** The sender's own cancellation of a letter it holds, when it finds the complainant erased. */
    boolean cancel(OutboxEntry leased) {
        return update(leased, new Update().set("state", LetterState.CANCELLED).set("leaseUntil", Instant.EPOCH)
                .set("lastError", ERASED_REASON));
    }

    List<OutboxEntry> inState(LetterState state, int limit) {
        Query found = (state == null ? new Query() : query(where("state").is(state)))
                .with(Sort.by("recordedAt", "_id")).limit(limit);
        return mongo.find(found, OutboxEntry.class);
    }

    /** The notices decided to be for {@code user}, newest first. */
    List<OutboxEntry> noticesTo(String user, int limit) {
        return mongo.find(query(where("notice").ne(null).and("recipient").is(user))
                .with(Sort.by(Sort.Direction.DESC, "recordedAt", "_id")).limit(limit), OutboxEntry.class);
    }

    List<OutboxEntry> ofComplaint(String complaintId) {
        return mongo.find(query(where("complaintId").is(complaintId)).with(Sort.by("recordedAt", "_id")),
                OutboxEntry.class);
    }

    /** The letter under {@code key}, in whatever state it is. */
    Optional<OutboxEntry> find(String key) {
        return Optional.ofNullable(mongo.findById(key, OutboxEntry.class));
    }

    /**
     * Notes when a letter waiting for the post was posted, and in which template, the first time only: a posting asked
     * again after a failure keeps the first time, so its record on the complaint says the same and is taken once.
     */
    void notePosting(String key, Instant postedAt, String templateVersion) {
        mongo.updateFirst(query(where("_id").is(key).and("state").is(LetterState.NEEDS_POST).and("sentAt").is(null)),
                new Update().set("sentAt", postedAt).set("templateVersion", templateVersion), OutboxEntry.class);
    }

    /** A posted letter recorded on its complaint is sent; false when it no longer waits for the post. */
    boolean markPosted(String key) {
        return mongo.updateFirst(query(where("_id").is(key).and("state").is(LetterState.NEEDS_POST)),
                new Update().set("state", LetterState.SENT).unset("lastError"), OutboxEntry.class).getMatchedCount() == 1;
    }

    /**
     * A parked letter back in the queue, due {@code now}, with its attempts counted afresh and its error cleared (the
     * operator's log line keeps it); its Message-ID and {@code sentAt} stay, so a letter that went out is not sent
     * again, only recorded. False when it is not parked.
     */
    boolean requeue(String key, Instant now) {
        return mongo.updateFirst(query(where("_id").is(key).and("state").is(LetterState.PARKED)),
                new Update().set("state", LetterState.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                        .set(NEW_ORDER, OutboxEntry.order(now, key)).set(DUE_ORDER, OutboxEntry.order(now, key))
                        .set("leaseUntil", Instant.EPOCH).unset("lastError"), OutboxEntry.class).getMatchedCount() == 1;
    }
}
