package uk.co.welzo.klachten.platform.health;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code eventStore} health component, part of the readiness group, wherever an application has an
 * event store: an auto-configuration, after Axon's, because the store comes from Axon's own
 * auto-configurations (embedded or Axon Server) and an application without one (the platform's tests)
 * gets no check rather than a failed start.
 */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration"})
@ConditionalOnClass(EventStore.class)
@ConditionalOnBean(EventStore.class)
@ConditionalOnEnabledHealthIndicator("eventstore")
public class EventStoreHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "eventStoreHealthIndicator")
    HealthIndicator eventStoreHealthIndicator(EventStore eventStore) {
        return new EventStoreHealthIndicator(eventStore);
    }
}
