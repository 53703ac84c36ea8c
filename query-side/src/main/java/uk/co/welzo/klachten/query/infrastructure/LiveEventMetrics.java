package uk.co.welzo.klachten.query.infrastructure;

import java.util.function.BiFunction;

import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.springboot.MetricsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Micrometer monitors, as its auto-configuration would register them, except that event processors leave
 * replayed events uncounted.
 * <p>
 * A replay re-handles every event in the store: counting, timing and measuring capacity for each of them cost 15 % of
 * the CPU of a rebuild of all read models, and told operators nothing they want. The replay has its own progress (the
 * replay status endpoint and {@code klachten_processor_lag_events}); the {@code eventProcessor_*} figures keep
 * describing live handling, and {@code eventProcessor_latency} no longer jumps to the age of the oldest event when a
 * rebuild starts.
 */
@Configuration(proxyBeanMethods = false)
class LiveEventMetrics {

    /** Replaces Axon's own module of the same type (it backs off when one exists). */
    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry metrics, MetricsProperties properties) {
        boolean dimensional = properties.getMicrometer().isDimensional();
        return new MetricsConfigurerModule(metrics, dimensional) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(config -> monitors(metrics, dimensional));
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Class<?>, String, MessageMonitor<Message<?>>> monitors(GlobalMetricRegistry metrics,
                                                                                    boolean dimensional) {
        return (type, name) -> {
            MessageMonitor<Message<?>> monitor = (MessageMonitor<Message<?>>) (dimensional
                    ? metrics.registerComponentWithDefaultTags(type, name)
                    : metrics.registerComponent(type, name));
            return EventProcessor.class.isAssignableFrom(type) ? new LiveOnly(monitor) : monitor;
        };
    }

    /** Passes live events to the monitor and lets replayed ones by. */
    private record LiveOnly(MessageMonitor<Message<?>> monitor) implements MessageMonitor<Message<?>> {

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            return ReplayToken.isReplay(message) ? NoOpMessageMonitorCallback.INSTANCE : monitor.onMessageIngested(message);
        }
    }
}
