package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Wires the SLA policy and the deadline calculator from {@link PolicyProperties} and the one working-day
 * calendar, which the working-days module provides. "Now" comes from the one {@code Clock} bean of the platform module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PolicyProperties.class, RetentionProperties.class})
public class PolicyConfiguration {

    @Bean
    SlaPolicy slaPolicy(PolicyProperties properties, WorkingDayCalendar calendar) {
        return properties.toSlaPolicy(calendar);
    }

    /** R8.2: on the policy's calendar zone (Europe/London), as every policy date is. */
    @Bean
    RetentionPolicy retentionPolicy(RetentionProperties properties, WorkingDayCalendar calendar) {
        return new RetentionPolicy(properties.personalData(), calendar.zone());
    }

    @Bean
    Deadlines deadlines(SlaPolicy policy, WorkingDayCalendar calendar) {
        return new Deadlines(policy, calendar);
    }
}
