package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.PersonalFields;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;

/**
 * Encrypts, in place, the personal texts of the events the previous releases stored in clear (R8.2, issue #17), so
 * that the bytes on disk hold no name, contact detail or free text and erasing a key erases the whole history. Each
 * text becomes the token the event serializer would have written (same subject, same path), or the erasure marker when
 * the subject is already erased, so every reader reads the same before and after. Only the payload column changes:
 * the metadata (the auditors' chain, whose version-1 digests are of the plaintext the payload still decrypts to) and
 * every other member stay.
 *
 * <p>It runs once: when it has gone through the store it records so in {@code StoredEventsEncryption}, beside the
 * rows, and every later start skips it; events stored from this release on are encrypted as they are written.
 * A start interrupted half-way does it again from the beginning, skipping the rows already done.
 */
final class ClearEventsEncryption {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ClearEventsEncryption.class);

    private final DataSource eventStore;
    private final SubjectKeys keys;
    private final ObjectMapper json;
    private final Runnable awaitDurable;

    /**
     * @param mapper       the event serializer's mapper; read with exact numbers, so nothing else in a payload changes
     * @param awaitDurable forces the event store's file to disk after each batch
     */
    ClearEventsEncryption(DataSource eventStore, SubjectKeys keys, ObjectMapper mapper, Runnable awaitDurable) {
        this.eventStore = eventStore;
        this.keys = keys;
        this.json = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.awaitDurable = awaitDurable;
    }

    /** What one run did: rows rewritten, and the highest global index it went through (-1 for an empty store). */
    record Outcome(int encrypted, long highestIndex) {
    }

    /** Encrypts the rows stored in clear, unless a run already went through the store; null when one had. */
    Outcome runOnce() throws SQLException {
        try (Connection connection = eventStore.getConnection()) {
            if (alreadyDone(connection)) {
                log.debug("The events stored in clear were encrypted at an earlier start");
                return null;
            }
            Outcome outcome = encryptAll(connection);
            record(connection, outcome);
            log.info("Encrypted the personal data of {} events stored in clear before this release (up to global index {})",
                    outcome.encrypted(), outcome.highestIndex());
            return outcome;
        }
    }

    private Outcome encryptAll(Connection connection) throws SQLException {
        Map<String, List<String>> personalByType = personalTypes(connection);
        long highest = highestIndex(connection);
        int encrypted = 0;
        if (personalByType.isEmpty()) {
            return new Outcome(0, highest);
        }
        String select = "SELECT globalIndex, payloadType, payload FROM DomainEventEntry WHERE globalIndex > ? "
                + "AND globalIndex <= ? AND payloadType IN (" + "?,".repeat(personalByType.size() - 1) + "?) "
                + "ORDER BY globalIndex LIMIT " + BATCH;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement page = connection.prepareStatement(select);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?")) {
            long after = Long.MIN_VALUE;
            while (true) {
                page.setLong(1, after);
                page.setLong(2, highest);
                int parameter = 3;
                for (String type : personalByType.keySet()) {
                    page.setString(parameter++, type);
                }
                int read = 0;
                int changed = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        byte[] encryptedPayload = encrypt(rows.getBytes(3), personalByType.get(rows.getString(2)));
                        if (encryptedPayload != null) {
                            update.setBytes(1, encryptedPayload);
                            update.setLong(2, after);
                            update.addBatch();
                            changed++;
                        }
                    }
                }
                if (changed > 0) {
                    update.executeBatch();
                    connection.commit();
                    awaitDurable.run();
                    encrypted += changed;
                }
                if (read < BATCH) {
                    break;
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Outcome(encrypted, highest);
    }

    /**
     * The payload with each clear personal text as a token under its subject's key (which the key store holds durably
     * before this returns), or as the marker if the subject was erased; null when nothing in it is in clear.
     */
    byte[] encrypt(byte[] payload, List<String> personal) {
        JsonNode read;
        try {
            read = json.readTree(payload);
        } catch (IOException notJson) {
            return null; // not what the serializer writes, and not for this step to judge
        }
        if (!(read instanceof ObjectNode tree)) {
            return null;
        }
        String subject = tree.path(PersonalFields.SUBJECT_MEMBER).asText(null);
        if (subject == null || !PersonalTexts.anyInClear(tree, personal)) {
            return null;
        }
        if (keys.lookup(subject) instanceof SubjectKeys.Erased) {
            PersonalTexts.replaceClear(tree, personal, (path, text) -> PersonalData.ERASED);
        } else {
            SubjectKey key = keys.obtain(subject);
            PersonalTexts.replaceClear(tree, personal, key::encrypt);
        }
        try {
            return json.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write back the payload of an event of complaint " + subject, e);
        }
    }

    /** The stored payload types that declare personal components, with those components; types no longer known are left. */
    private static Map<String, List<String>> personalTypes(Connection connection) throws SQLException {
        Map<String, List<String>> personal = new TreeMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet types = sql.executeQuery("SELECT DISTINCT payloadType FROM DomainEventEntry")) {
            while (types.next()) {
                String type = types.getString(1);
                try {
                    List<String> components = PersonalFields.of(Class.forName(type, false,
                            ClearEventsEncryption.class.getClassLoader()));
                    if (!components.isEmpty()) {
                        personal.put(type, components);
                    }
                } catch (ClassNotFoundException unknown) {
                    log.debug("Stored event type {} is not known to this release", type);
                }
            }
        }
        return personal;
    }

    private static long highestIndex(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet highest = sql.executeQuery("SELECT COALESCE(MAX(globalIndex), -1) FROM DomainEventEntry")) {
            highest.next();
            return highest.getLong(1);
        }
    }

    private static boolean alreadyDone(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet done = sql.executeQuery("SELECT COUNT(*) FROM StoredEventsEncryption")) {
            done.next();
            return done.getLong(1) > 0;
        }
    }

    private static void record(Connection connection, Outcome outcome) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO StoredEventsEncryption (encryptedAt, eventsEncrypted, highestGlobalIndex) "
                        + "VALUES (CURRENT_TIMESTAMP, ?, ?)")) {
            insert.setInt(1, outcome.encrypted());
            insert.setLong(2, outcome.highestIndex());
            insert.executeUpdate();
        }
        // not forced to disk: lost in a crash, the next start goes through the store again and finds nothing in clear
    }
}
