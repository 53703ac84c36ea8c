package uk.co.welzo.klachten.query.automation.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention clock on a schedule unless an operator turns it off ({@code klachten.retention.clock-enabled=false}).
 * The schedule lives here, not on the clock, for the reason the SLA alarm clock's does: scheduling is enabled elsewhere
 * in the module too, and a {@code @Scheduled} method on the clock would then run with the clock turned off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klachten.retention.clock-enabled", havingValue = "true", matchIfMissing = true)
class RetentionScheduling {

    private final RetentionClock clock;

    RetentionScheduling(RetentionClock clock) {
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${klachten.retention.scan-interval:PT1H}",
            initialDelayString = "${klachten.retention.scan-initial-delay:PT1M}")
    void scan() {
        clock.scan();
    }
}
