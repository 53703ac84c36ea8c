package uk.co.welzo.klachten.platform.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.Base64;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R8.2: the key store keeps each subject's key wrapped under the master key, and erases it for good. */
class MongoSubjectKeysTest {

    static final MasterKey MASTER = MasterKey.ofBase64(Base64.getEncoder().encodeToString(new byte[32]));

    MongoServer server;
    MongoClient client;
    MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        database = client.getDatabase("klachten-keys");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void r8_2_makesOneKeyPerSubjectAndFindsItAgainFromAnotherProcess() {
        SubjectKey made = new MongoSubjectKeys(database, MASTER).obtain("c-1");
        SubjectKeys another = new MongoSubjectKeys(database, MASTER);

        assertThat(another.lookup("c-1")).isEqualTo(new SubjectKeys.Active(made));
        assertThat(another.obtain("c-1")).isEqualTo(made);
        assertThat(another.lookup("c-2")).isInstanceOf(SubjectKeys.Unknown.class);
    }

    @Test
    void r8_2_aCopyOfTheKeyStoreAloneHoldsOnlyWrappedKeys() throws Exception {
        SubjectKey made = new MongoSubjectKeys(database, MASTER).obtain("c-1");
        Document stored = database.getCollection(MongoSubjectKeys.COLLECTION).find().first();
        byte[] wrapped = stored.get("key", Binary.class).getData();

        assertThat(wrapped).isNotEqualTo(made.material()).hasSize(12 + 32 + 16);
        SubjectKeys otherMaster = new MongoSubjectKeys(database,
                MasterKey.ofBase64(Base64.getEncoder().encodeToString(new byte[] {
                        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32})));
        assertThatThrownBy(() -> otherMaster.lookup("c-1")).hasMessageContaining("does not unwrap");
    }

    @Test
    void r8_2_erasureRemovesTheKeyKeepsTheMomentAndNothingIsMadeForTheSubjectAgain() {
        SubjectKeys keys = new MongoSubjectKeys(database, MASTER);
        SubjectKey key = keys.obtain("c-1");
        String token = key.encrypt("description", "the broken seal");
        Instant at = Instant.parse("2032-03-21T10:00:00Z");

        keys.erase("c-1", at);
        keys.erase("c-1", at.plusSeconds(60));

        Document stored = database.getCollection(MongoSubjectKeys.COLLECTION).find().first();
        assertThat(stored.containsKey("key")).isFalse();
        SubjectKeys fresh = new MongoSubjectKeys(database, MASTER);
        assertThat(fresh.lookup("c-1")).isEqualTo(new SubjectKeys.Erased(at));
        assertThatThrownBy(() -> fresh.obtain("c-1")).isInstanceOf(SubjectKeys.SubjectErasedException.class);
        assertThat(token).startsWith(SubjectKey.TOKEN_PREFIX);
    }

    @Test
    void r8_2_aSubjectWithoutAKeyCanBeErasedSoTheirTextsStoredInClearReadAsErased() {
        SubjectKeys keys = new MongoSubjectKeys(database, MASTER);
        keys.erase("c-legacy", Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(new MongoSubjectKeys(database, MASTER).lookup("c-legacy")).isInstanceOf(SubjectKeys.Erased.class);
    }
}
