package uk.co.welzo.klachten.query.automation.correspondence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        return claimIn(now, lease, owner, LetterState.PENDING, LetterState.SENDING, LetterState.HELD);
    }

    /** The next new letter due (not a held one), leased as {@link #claim} does: without a mail server, to sort it. */
    Optional<OutboxEntry> claimNew(Instant now, Duration lease, String owner) {
        return claimIn(now, lease, owner, LetterState.PENDING, LetterState.SENDING);
    }

    private Optional<OutboxEntry> claimIn(Instant now, Duration lease, String owner, LetterState... states) {
        Query due = query(new Criteria().andOperator(
                where("state").in((Object[]) states),
                where("nextAttemptAt").lte(now),
                where("leaseUntil").lte(now)))
                .with(Sort.by("nextAttemptAt", "_id"));
        Update take = new Update().set("state", LetterState.SENDING).set("leaseUntil", now.plus(lease))
                .set("leaseOwner", owner);
        return Optional.ofNullable(mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(true),
                OutboxEntry.class));
    }

    /** The lease holder's change to its letter; false when another sender has taken it over. */
    boolean update(OutboxEntry leased, Update change) {
        return mongo.updateFirst(query(where("_id").is(leased.id).and("leaseOwner").is(leased.leaseOwner)
                .and("state").is(LetterState.SENDING)), change, OutboxEntry.class).getMatchedCount() == 1;
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
                        .set("lastError", ERASED_REASON), OutboxEntry.class);
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
                        .set("leaseUntil", Instant.EPOCH).unset("lastError"), OutboxEntry.class).getMatchedCount() == 1;
    }
}
