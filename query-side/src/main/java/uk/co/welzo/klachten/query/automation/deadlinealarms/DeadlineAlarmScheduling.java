package uk.co.welzo.klachten.query.automation.deadlinealarms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the SLA alarm clock on a schedule unless an operator turns it off ({@code klachten.sla.alarms-enabled=false}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klachten.sla.alarms-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineAlarmScheduling {
}
