package uk.co.welzo.klachten.query.automation.correspondence;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.query.infrastructure.StartAtTheHead;

/**
 * Binds who gets which notice ({@link StaffDirectory}, {@code klachten.notifications.*}), and starts the
 * {@value CorrespondenceProcess#GROUP} group at the head of the event stream: where it first runs on an installation
 * with history, starting at the tail would be live processing, not a replay, and every past acknowledgement, extension
 * and breach would send its letter or notice now. From the head, only what happens from then on writes to anyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffDirectory.class)
class CorrespondenceConfiguration {

    @Bean
    ConfigurerModule correspondenceStartsAtTheHead() {
        return StartAtTheHead.of(CorrespondenceProcess.GROUP);
    }
}
