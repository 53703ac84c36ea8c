package uk.co.welzo.klachten.query.infrastructure;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.platform.correlation.CorrelatedHandling;

/**
 * Every read model's processor handles an event with the correlation id of the request that caused it
 * in the MDC, so a projection's log lines (and its DEBUG line saying which event it handles) can be
 * found from the request. Registered per processor rather than as a bean, to name the processor.
 */
@Configuration(proxyBeanMethods = false)
class CorrelatedProjections {

    @Bean
    ConfigurerModule correlationIdWhileProjecting() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (config, processor) -> new CorrelatedHandling<>("processor " + processor)));
    }
}
