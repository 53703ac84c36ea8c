package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Wires the SLA policy and the deadline calculator from {@link PolicyProperties} and the one working-day
 * calendar, which the working-days module provides. "Now" comes from the one {@code Clock} bean of the platform module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
public class PolicyConfiguration {

    @Bean
    SlaPolicy slaPolicy(PolicyProperties properties, WorkingDayCalendar calendar) {
        return properties.toSlaPolicy(calendar);
    }

    @Bean
    Deadlines deadlines(SlaPolicy policy, WorkingDayCalendar calendar) {
        return new Deadlines(policy, calendar);
    }
}
