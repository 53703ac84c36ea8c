package uk.co.welzo.klachten.platform.correlation;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries the request's correlation id from the MDC into the commands sent meanwhile, and from each
 * handled command into the events it causes. Axon's Spring Boot support puts dispatch and handler
 * interceptor beans on the command gateway and bus, and every correlation data provider bean into
 * each unit of work.
 */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> correlationIdOnCommands() {
        return new CorrelationIdOnCommands();
    }

    /** Copies the id from the handled command into every event it applies. */
    @Bean
    CorrelationDataProvider requestCorrelationIdProvider() {
        return new SimpleCorrelationDataProvider(CorrelationId.METADATA_KEY);
    }

    /**
     * Axon's default provider (message id as {@code correlationId}, root id as {@code traceId}), declared
     * here because Axon leaves it out as soon as any other provider bean exists.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** In the distributed configuration a command is handled on another instance than the request's. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> correlationIdWhileHandlingCommands() {
        return new CorrelatedHandling<>("command bus");
    }
}
