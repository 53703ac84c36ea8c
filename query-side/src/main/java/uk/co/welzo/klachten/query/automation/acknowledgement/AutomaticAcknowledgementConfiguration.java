package uk.co.welzo.klachten.query.automation.acknowledgement;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.query.infrastructure.StartAtTheHead;

/**
 * The group starts at the head of the event stream, not at its tail as the read models do. Added to an installation
 * with history, starting at the tail would be live processing, not a replay: every old complaint never acknowledged
 * would be acknowledged now, months late. From the head the policy applies to complaints lodged from the day it is
 * switched on; a reset ("replay all") also goes to the head, so it has nothing to replay here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = AutomaticAcknowledgement.POLICY, havingValue = "true", matchIfMissing = true)
class AutomaticAcknowledgementConfiguration {

    @Bean
    ConfigurerModule automaticAcknowledgementStartsAtTheHead() {
        return StartAtTheHead.of(AutomaticAcknowledgement.GROUP);
    }
}
