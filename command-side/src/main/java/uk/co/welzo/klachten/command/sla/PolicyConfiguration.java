package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Wires the SLA policy, the working-day calendar and the deadline calculator from
 * {@link PolicyProperties}. "Now" comes from the one {@code Clock} bean of the platform module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
public class PolicyConfiguration {

    @Bean
    SlaPolicy slaPolicy(PolicyProperties properties) {
        return properties.toSlaPolicy();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(PolicyProperties properties) {
        return new WorkingDayCalendar(properties.zone(), properties.holidayRegion(),
                Set.copyOf(properties.extraBankHolidays()));
    }

    @Bean
    Deadlines deadlines(SlaPolicy policy, WorkingDayCalendar calendar) {
        return new Deadlines(policy, calendar);
    }
}
