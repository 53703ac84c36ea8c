package uk.co.welzo.klachten.standalone;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.co.welzo.klachten.platform.dataprotection.KeyWrapping;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.standalone.DurableEventStoreConfiguration.EventStoreSync;

/**
 * The embedded default's key store (R8.2): table {@code SubjectKeys} in the event store's own H2 database, one row per
 * subject holding their key wrapped under the master key ({@link KeyWrapping}; the master key is a file of its own, so
 * a copy of {@code events.mv.db} alone decrypts nothing). Erasure removes the wrapped key and keeps the moment: a
 * tombstone.
 * <p>
 * A new complainant's key is inserted through the connection of the transaction that stores their first event, so it
 * commits with that event and one sync to disk covers both (the key store on a file of its own cost a second fsync
 * per lodge: p50 at 25 lodges/s 14 -> 28 ms). Either both are on disk or neither is, and a command that fails rolls
 * its key back with its events. Keys made in a transaction are kept in memory only once it has committed, so a key
 * rolled back never encrypts anything. Outside a transaction (the one-off encryption of old events) a key is inserted
 * and synced before it is returned.
 */
final class EventStoreSubjectKeys implements SubjectKeys {

    static final String TABLE = "SubjectKeys";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource eventStore;
    private final KeyWrapping wrapping;
    private final EventStoreSync sync;
    private final Cache<String, State> known = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<String, Unknown> unknown = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(5)).build();

    EventStoreSubjectKeys(DataSource eventStore, KeyWrapping wrapping, EventStoreSync sync) {
        this.eventStore = eventStore;
        this.wrapping = wrapping;
        this.sync = sync;
        try {
            update("CREATE TABLE IF NOT EXISTS " + TABLE + " (subject VARCHAR(255) NOT NULL, wrappedKey VARBINARY(128), "
                    + "createdAt TIMESTAMP WITH TIME ZONE NOT NULL, erasedAt TIMESTAMP WITH TIME ZONE, PRIMARY KEY (subject))");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the key store's table", e);
        }
    }

    @Override
    public State lookup(String subject) {
        SubjectKey pending = pendingIfAny(subject);
        if (pending != null) {
            return new Active(pending);
        }
        State state = known.getIfPresent(subject);
        if (state == null) {
            state = unknown.getIfPresent(subject);
        }
        return state != null ? state : load(subject);
    }

    @Override
    public State lookupFresh(String subject) {
        unknown.invalidate(subject);
        return lookup(subject);
    }

    @Override
    public SubjectKey obtain(String subject) {
        SubjectKey existing = SubjectKeys.existingKey(subject, lookup(subject));
        if (existing != null) {
            return existing;
        }
        SubjectKey fresh = wrapping.generate(subject);
        try {
            update("INSERT INTO " + TABLE + " (subject, wrappedKey, createdAt) VALUES (?, ?, ?)",
                    subject, wrapping.wrap(fresh), Timestamp.from(Instant.now()));
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not store the key of subject " + subject, e);
            }
            // another command made it first and has committed: use theirs
            unknown.invalidate(subject);
            SubjectKey theirs = SubjectKeys.existingKey(subject, load(subject));
            if (theirs == null) {
                throw new IllegalStateException("the key store refused a second key for subject " + subject
                        + " and holds none");
            }
            return theirs;
        }
        unknown.invalidate(subject);
        if (sync.syncAfterCommit()) {
            pending().put(subject, fresh);
        } else {
            sync.awaitDurable();
            known.put(subject, new Active(fresh));
        }
        return fresh;
    }

    @Override
    public void erase(String subject, Instant at) {
        State current = load(subject);
        if (current instanceof Erased) {
            return;
        }
        try {
            if (update("UPDATE " + TABLE + " SET wrappedKey = NULL, erasedAt = ? WHERE subject = ?",
                    Timestamp.from(at), subject) == 0) {
                update("INSERT INTO " + TABLE + " (subject, wrappedKey, createdAt, erasedAt) VALUES (?, NULL, ?, ?)",
                        subject, Timestamp.from(at), Timestamp.from(at));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase the key of subject " + subject, e);
        }
        // from now on, in this process, nothing of the subject is read or written again, whatever the transaction does
        known.put(subject, new Erased(at));
        unknown.invalidate(subject);
        if (!sync.syncAfterCommit()) {
            sync.awaitDurable();
        }
    }

    /** Copies a key or a tombstone kept elsewhere, in its wrapped form, unless the subject has a row here already. */
    boolean adopt(String subject, byte[] wrappedKey, Instant createdAt, Instant erasedAt) throws SQLException {
        if (!(load(subject) instanceof Unknown) || wrappedKey == null && erasedAt == null) {
            return false;
        }
        update("INSERT INTO " + TABLE + " (subject, wrappedKey, createdAt, erasedAt) VALUES (?, ?, ?, ?)",
                subject, erasedAt != null ? null : wrappedKey, Timestamp.from(createdAt),
                erasedAt != null ? Timestamp.from(erasedAt) : null);
        unknown.invalidate(subject);
        return true;
    }

    private State load(String subject) {
        Connection connection = DataSourceUtils.getConnection(eventStore);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT wrappedKey, erasedAt FROM " + TABLE + " WHERE subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    Unknown none = new Unknown();
                    unknown.put(subject, none);
                    return none;
                }
                Timestamp erasedAt = row.getTimestamp(2);
                State state = erasedAt != null ? new Erased(erasedAt.toInstant())
                        : new Active(wrapping.unwrap(subject, row.getBytes(1)));
                // a row this transaction wrote is in pending() until it commits; any row read here is committed
                known.put(subject, state);
                return state;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the key store", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, eventStore);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(eventStore);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } finally {
            DataSourceUtils.releaseConnection(connection, eventStore);
        }
    }

    private SubjectKey pendingIfAny(String subject) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, SubjectKey> keys = (Map<String, SubjectKey>) TransactionSynchronizationManager.getResource(this);
        return keys != null ? keys.get(subject) : null;
    }

    /**
     * The keys the current transaction made: seen by its own later lookups, kept once it commits, forgotten if it
     * rolls back. Outside a transaction, an empty map that keeps nothing.
     */
    @SuppressWarnings("unchecked")
    private Map<String, SubjectKey> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, SubjectKey> keys = (Map<String, SubjectKey>) TransactionSynchronizationManager.getResource(this);
        if (keys == null) {
            Map<String, SubjectKey> made = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, made);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EventStoreSubjectKeys.this);
                    if (status == STATUS_COMMITTED) {
                        made.forEach((subject, key) -> known.put(subject, new Active(key)));
                    }
                }
            });
            keys = made;
        }
        return keys;
    }
}
