package uk.co.welzo.klachten.query.accesslog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Purges the access log on a schedule unless an operator turns it off ({@code klachten.access-log.purge-enabled=false}),
 * as the SLA alarm and retention clocks are scheduled.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klachten.access-log.purge-enabled", havingValue = "true", matchIfMissing = true)
class AccessLogRetentionScheduling {

    private final AccessLogRetention retention;

    AccessLogRetentionScheduling(AccessLogRetention retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${klachten.access-log.purge-interval:PT1H}",
            initialDelayString = "${klachten.access-log.purge-initial-delay:PT1M}")
    void purge() {
        retention.purge();
    }
}
