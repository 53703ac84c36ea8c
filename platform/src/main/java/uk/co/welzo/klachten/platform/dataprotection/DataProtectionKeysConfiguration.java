package uk.co.welzo.klachten.platform.dataprotection;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The data-protection master key and what is derived from it. {@code klachten.data-protection.master-key} (base64 of
 * 256 bits, from the environment) wins; without it the key is read from, or created in,
 * {@code klachten.data-protection.master-key-file} (default {@code <data-dir>/keys/master.key}), the embedded default.
 */
@Configuration(proxyBeanMethods = false)
public class DataProtectionKeysConfiguration {

    @Bean
    @Lazy
    public MasterKey dataProtectionMasterKey(
            @Value("${klachten.data-protection.master-key:}") String base64,
            @Value("${klachten.data-protection.master-key-file:${klachten.data-dir:./data}/keys/master.key}") Path file) {
        return base64.isBlank() ? MasterKey.fromFile(file) : MasterKey.ofBase64(base64);
    }

    /**
     * The key store. {@code klachten.data-protection.key-store.uri} names its own MongoDB connection (the command side's
     * only one, for keys only); {@code memory:} keeps keys in memory, for tests on an in-memory event store. Without
     * it, a key store the deployment provides ({@link DeploymentKeyStore}: the embedded default's table beside its
     * events) is used; else a service that already has a MongoDB client (the query side) keeps the keys in database
     * {@code klachten.data-protection.key-store.database} (default {@code klachten-keys}) through that client. A
     * service with neither does not start: it would lose keys, and with them data.
     */
    @Bean
    @Lazy
    public SubjectKeys subjectKeys(@Value("${klachten.data-protection.key-store.uri:}") String uri,
                                   @Value("${klachten.data-protection.key-store.database:klachten-keys}") String database,
                                   ObjectProvider<MongoClient> clients, ObjectProvider<DeploymentKeyStore> ownStore,
                                   MasterKey dataProtectionMasterKey) {
        if ("memory:".equals(uri.trim())) {
            return new InMemorySubjectKeys();
        }
        DeploymentKeyStore provided = ownStore.getIfAvailable();
        if (provided != null && uri.isBlank()) {
            return provided.open(new KeyWrapping(dataProtectionMasterKey));
        }
        if (!uri.isBlank()) {
            ConnectionString connection = new ConnectionString(uri.trim());
            MongoClient own = MongoClients.create(connection);
            return new MongoSubjectKeys(own.getDatabase(connection.getDatabase() != null ? connection.getDatabase()
                    : database), dataProtectionMasterKey, own);
        }
        MongoClient shared = clients.getIfAvailable();
        if (shared == null) {
            throw new IllegalStateException("There is no data-protection key store: set "
                    + "klachten.data-protection.key-store.uri (KLACHTEN_DATA_PROTECTION_KEY_STORE_URI) to its MongoDB");
        }
        return new MongoSubjectKeys(shared.getDatabase(database), dataProtectionMasterKey);
    }

    @Bean
    @Lazy
    public BlindIndex blindIndex(MasterKey dataProtectionMasterKey) {
        return new BlindIndex(dataProtectionMasterKey);
    }
}
