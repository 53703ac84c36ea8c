package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.standalone.DurableEventStoreConfiguration.EventStoreSync;

/**
 * Encrypts the events stored in clear before this release ({@link ClearEventsEncryption}) once every bean exists and
 * before any starts: the event processors and the web server start after it, so nothing reads or appends meanwhile
 * (and a reader would read both forms the same). On unless {@code klachten.data-protection.encrypt-stored-events} is
 * false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "klachten.data-protection.encrypt-stored-events", havingValue = "true",
        matchIfMissing = true)
class ClearEventsEncryptionConfiguration {

    @Bean
    SmartInitializingSingleton encryptEventsStoredInClear(DataSource eventStore, ObjectProvider<SubjectKeys> keys,
                                                          ObjectMapper mapper, EventStoreSync sync) {
        return () -> {
            try {
                new ClearEventsEncryption(eventStore, keys.getObject(), mapper, sync::awaitDurable).runOnce();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not encrypt the events stored in clear", e);
            }
        };
    }
}
