package uk.co.welzo.klachten.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.co.welzo.klachten.platform.dataprotection.MongoSubjectKeys;

/**
 * Moves the keys of the release that kept them on a file of their own ({@code <data-dir>/keys/keys.mv}, an in-process
 * MongoDB-wire server) into the event store's table ({@link EventStoreSubjectKeys}), once, at start-up: keys and
 * tombstones as they are (both stores wrap keys the same way), then a sync, then the old file is deleted, so that a key
 * erased from now on is not left behind in it. A crash half-way leaves the old file; the next start copies again, and
 * rows already moved are kept.
 */
final class SeparateKeyFileMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SeparateKeyFileMigration.class);

    private final Path file;

    SeparateKeyFileMigration(Path file) {
        this.file = file;
    }

    void moveInto(EventStoreSubjectKeys keys, Runnable awaitDurable) {
        if (!Files.exists(file)) {
            return;
        }
        int moved = 0;
        int found = 0;
        MongoServer server = new MongoServer(new OrderedIndexH2Backend(file.toString(), 8,
                Set.of(MongoSubjectKeys.COLLECTION)));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            for (Document row : client.getDatabase("klachten-keys").getCollection(MongoSubjectKeys.COLLECTION).find()) {
                found++;
                Binary key = row.get("key", Binary.class);
                Date erasedAt = row.getDate("erasedAt");
                Date createdAt = row.getDate("createdAt");
                Instant created = createdAt != null ? createdAt.toInstant()
                        : erasedAt != null ? erasedAt.toInstant() : Instant.EPOCH;
                if (keys.adopt(row.getString("_id"), key != null ? key.getData() : null, created,
                        erasedAt != null ? erasedAt.toInstant() : null)) {
                    moved++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the keys of " + file + " into the event store", e);
        } finally {
            server.shutdown();
        }
        awaitDurable.run();
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Moved the keys of " + file + " into the event store, but could not delete it:"
                    + " delete it by hand (it would keep keys erased from now on)", e);
        }
        LOG.info("Data-protection keys moved from {} into the event store: {} of {} (the others were there already); "
                + "the old file is deleted", file, moved, found);
    }
}
