package uk.co.welzo.klachten.query.automation.deadlinealarms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the SLA alarm clock on a schedule unless an operator turns it off ({@code klachten.sla.alarms-enabled=false}).
 * The schedule lives here, not on the clock: another part of the module (the letter sender) enables scheduling too,
 * and a {@code @Scheduled} method on the clock itself would then run with the alarms turned off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klachten.sla.alarms-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineAlarmScheduling {

    private final DeadlineAlarmClock clock;

    DeadlineAlarmScheduling(DeadlineAlarmClock clock) {
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${klachten.sla.scan-interval:PT15S}",
            initialDelayString = "${klachten.sla.scan-initial-delay:PT10S}")
    void scan() {
        clock.scan();
    }
}
