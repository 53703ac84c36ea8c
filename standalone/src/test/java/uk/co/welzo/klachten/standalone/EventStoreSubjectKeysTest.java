package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.welzo.klachten.platform.dataprotection.KeyWrapping;
import uk.co.welzo.klachten.platform.dataprotection.MasterKey;
import uk.co.welzo.klachten.platform.dataprotection.MongoSubjectKeys;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.standalone.DurableEventStoreConfiguration.EventStoreSync;

/**
 * R8.2: the embedded key store keeps a new subject's key in the transaction of their first event, so both reach the
 * disk with one sync, and a command that fails takes its key with it; keys kept on a file of their own by the previous
 * release move in once.
 */
class EventStoreSubjectKeysTest {

    private static final MasterKey MASTER = MasterKey.ofBase64(Base64.getEncoder().encodeToString(new byte[32]));

    @TempDir
    Path dir;
    private JdbcDataSource dataSource;
    private EventStoreSync sync;
    private TransactionTemplate transactions;

    @BeforeEach
    void openTheEventStore() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        sync = new EventStoreSync(dataSource.getConnection());
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void close() throws Exception {
        sync.close();
    }

    private EventStoreSubjectKeys keys() {
        return new EventStoreSubjectKeys(dataSource, new KeyWrapping(MASTER), sync);
    }

    @Test
    @DisplayName("R8.2: a key made in a transaction commits with it, and a fresh store reads the same key")
    void aKeyCommitsWithItsTransaction() throws Exception {
        EventStoreSubjectKeys keys = keys();
        SubjectKey made = transactions.execute(status -> {
            SubjectKey key = keys.obtain("c-1");
            assertThat(keys.obtain("c-1")).as("the same transaction sees its own key").isEqualTo(key);
            return key;
        });

        assertThat(keys.lookup("c-1")).isEqualTo(new SubjectKeys.Active(made));
        assertThat(keys().lookup("c-1")).as("read back from the table").isEqualTo(new SubjectKeys.Active(made));
        String token = made.encrypt("complainant.name", "Ada Lovelace");
        SubjectKey readBack = ((SubjectKeys.Active) keys().lookup("c-1")).key();
        assertThat(readBack.decrypt("complainant.name", token)).isEqualTo("Ada Lovelace");
    }

    @Test
    @DisplayName("R8.2: a key made in a transaction that rolls back is forgotten, never used to encrypt")
    void aRolledBackKeyIsForgotten() {
        EventStoreSubjectKeys keys = keys();
        SubjectKey rolledBack = transactions.execute(status -> {
            SubjectKey key = keys.obtain("c-2");
            status.setRollbackOnly();
            return key;
        });

        assertThat(keys.lookup("c-2")).isInstanceOf(SubjectKeys.Unknown.class);
        SubjectKey kept = transactions.execute(status -> keys.obtain("c-2"));
        assertThat(kept).isNotEqualTo(rolledBack);
        assertThat(keys().lookup("c-2")).isEqualTo(new SubjectKeys.Active(kept));
    }

    @Test
    @DisplayName("R8.2: outside a transaction a key is stored and synced before it is returned")
    void outsideATransactionAKeyIsStoredAtOnce() throws Exception {
        SubjectKey key = keys().obtain("c-3");

        assertThat(keys().lookup("c-3")).isEqualTo(new SubjectKeys.Active(key));
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT wrappedKey FROM SubjectKeys WHERE subject = 'c-3'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBytes(1)).as("wrapped, not the key itself").hasSize(12 + 32 + 16);
        }
    }

    @Test
    @DisplayName("R8.2: erasure leaves a tombstone, and nothing of the subject is written again")
    void erasureLeavesATombstone() {
        EventStoreSubjectKeys keys = keys();
        transactions.executeWithoutResult(status -> keys.obtain("c-4"));
        Instant at = Instant.parse("2026-12-06T10:00:00Z");

        transactions.executeWithoutResult(status -> keys.erase("c-4", at));
        keys.erase("c-4", at.plusSeconds(60));

        assertThat(keys().lookup("c-4")).isEqualTo(new SubjectKeys.Erased(at));
        assertThatThrownBy(() -> keys().obtain("c-4")).isInstanceOf(SubjectKeys.SubjectErasedException.class);
        keys.erase("never-seen", at);
        assertThat(keys().lookup("never-seen")).isEqualTo(new SubjectKeys.Erased(at));
    }

    @Test
    @DisplayName("R8.2: the keys of the release that kept them on a file of their own move in, tombstones too, and the"
            + " old file is deleted")
    void keysOnTheirOwnFileMoveIn() throws Exception {
        Path file = dir.resolve("keys").resolve("keys.mv");
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new OrderedIndexH2Backend(file.toString(), 8,
                Set.of(MongoSubjectKeys.COLLECTION)));
        server.bind("127.0.0.1", 0);
        SubjectKey kept;
        Instant erasedAt = Instant.parse("2026-12-01T09:00:00Z");
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoSubjectKeys old = new MongoSubjectKeys(client.getDatabase("klachten-keys"), MASTER);
            kept = old.obtain("c-5");
            old.obtain("c-6");
            old.erase("c-6", erasedAt);
        } finally {
            server.shutdown();
        }
        EventStoreSubjectKeys keys = keys();
        SubjectKey already = keys.obtain("c-7");

        new SeparateKeyFileMigration(file).moveInto(keys, sync::awaitDurable);

        assertThat(file).doesNotExist();
        assertThat(keys().lookup("c-5")).isEqualTo(new SubjectKeys.Active(kept));
        assertThat(keys().lookup("c-6")).isEqualTo(new SubjectKeys.Erased(erasedAt));
        assertThat(keys().lookup("c-7")).isEqualTo(new SubjectKeys.Active(already));
        new SeparateKeyFileMigration(file).moveInto(keys, sync::awaitDurable); // nothing left to move: a no-op
    }
}
