package uk.co.welzo.klachten.standalone;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.platform.dataprotection.DeploymentKeyStore;
import uk.co.welzo.klachten.standalone.DurableEventStoreConfiguration.EventStoreSync;

/**
 * The embedded default's data-protection key store: a table of the event store's database ({@link
 * EventStoreSubjectKeys}), after moving in the keys of a release that kept them on a file of their own.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedKeyStoreConfiguration {

    @Bean
    DeploymentKeyStore eventStoreKeyStore(DataSource eventStore, EventStoreSync sync,
                                          @Value("${klachten.data-dir}") Path dataDir) {
        return wrapping -> {
            EventStoreSubjectKeys keys = new EventStoreSubjectKeys(eventStore, wrapping, sync);
            new SeparateKeyFileMigration(dataDir.resolve("keys").resolve("keys.mv")).moveInto(keys, sync::awaitDurable);
            return keys;
        };
    }
}
