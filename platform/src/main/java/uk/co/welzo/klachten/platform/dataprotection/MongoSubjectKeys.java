package uk.co.welzo.klachten.platform.dataprotection;

import static com.mongodb.client.model.Filters.eq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The key store in MongoDB: collection {@code subject_keys}, one document per subject ({@code _id}), holding the
 * subject's key wrapped (AES-GCM) under a key derived from the {@link MasterKey}, so a copy of this collection alone
 * decrypts nothing. Erasure removes the wrapped key and keeps {@code erasedAt}: a tombstone, so that nothing is
 * written for the subject again and their texts stored in clear before encryption read as erased too. Writes are
 * acknowledged by a majority and journaled before a command's events are stored.
 *
 * <p>Keys read are kept in memory for a minute ({@code Active}); an erasure is seen at once in this process and within
 * that minute in others (the read models also handle the {@code PersonalDataErased} event itself). Tombstones are kept
 * for good; "no key" for a few seconds.
 */
public final class MongoSubjectKeys implements SubjectKeys, AutoCloseable {

    public static final String COLLECTION = "subject_keys";

    private final MongoCollection<Document> keys;
    private final KeyWrapping wrapping;
    private final Cache<String, Active> active = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<String, Erased> erased = Caffeine.newBuilder().maximumSize(1_000_000).build();
    private final Cache<String, Unknown> unknown = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(5)).build();

    private final AutoCloseable ownConnection;

    /** Keys in {@code database}, through a client someone else closes. */
    public MongoSubjectKeys(MongoDatabase database, MasterKey master) {
        this(database, master, null);
    }

    /** Keys in {@code database}, through a connection of their own, closed with this store. */
    public MongoSubjectKeys(MongoDatabase database, MasterKey master, AutoCloseable ownConnection) {
        this.ownConnection = ownConnection;
        this.keys = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.wrapping = new KeyWrapping(master);
    }

    @Override
    public void close() throws Exception {
        if (ownConnection != null) {
            ownConnection.close();
        }
    }

    @Override
    public State lookup(String subject) {
        State known = cached(subject);
        return known != null ? known : load(subject);
    }

    @Override
    public State lookupFresh(String subject) {
        unknown.invalidate(subject);
        active.invalidate(subject);
        return load(subject);
    }

    @Override
    public SubjectKey obtain(String subject) {
        SubjectKey existing = SubjectKeys.existingKey(subject, lookup(subject));
        if (existing != null) {
            return existing;
        }
        SubjectKey fresh = wrapping.generate(subject);
        try {
            keys.insertOne(new Document("_id", subject).append("key", new Binary(wrapping.wrap(fresh)))
                    .append("createdAt", new Date()));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another command made it first: use theirs
            SubjectKey theirs = SubjectKeys.existingKey(subject, lookupFresh(subject));
            if (theirs == null) {
                throw new IllegalStateException("the key store refused a second key for subject " + subject
                        + " and holds none");
            }
            return theirs;
        }
        unknown.invalidate(subject);
        active.put(subject, new Active(fresh));
        return fresh;
    }

    @Override
    public void erase(String subject, Instant at) {
        Document current = keys.find(eq("_id", subject)).first();
        if (current != null && current.getDate("erasedAt") != null) {
            erased.put(subject, new Erased(current.getDate("erasedAt").toInstant()));
            active.invalidate(subject);
            return;
        }
        keys.updateOne(eq("_id", subject), Updates.combine(Updates.unset("key"), Updates.set("erasedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
        active.invalidate(subject);
        unknown.invalidate(subject);
        erased.put(subject, new Erased(at));
    }

    private State cached(String subject) {
        Erased gone = erased.getIfPresent(subject);
        if (gone != null) {
            return gone;
        }
        Active key = active.getIfPresent(subject);
        return key != null ? key : unknown.getIfPresent(subject);
    }

    private State load(String subject) {
        Document document = keys.find(eq("_id", subject)).first();
        if (document == null) {
            Unknown none = new Unknown();
            unknown.put(subject, none);
            return none;
        }
        Date erasedAt = document.getDate("erasedAt");
        if (erasedAt != null) {
            Erased gone = new Erased(erasedAt.toInstant());
            erased.put(subject, gone);
            return gone;
        }
        Active key = new Active(wrapping.unwrap(subject, document.get("key", Binary.class).getData()));
        active.put(subject, key);
        return key;
    }
}
