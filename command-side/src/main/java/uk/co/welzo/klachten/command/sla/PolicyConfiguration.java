package uk.co.welzo.klachten.command.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Set;

/**
 * Wires the SLA policy, the working-day calendar and the deadline calculator from
 * {@link PolicyProperties}, plus the one {@link Clock} the command side reads "now" from, so that
 * tests can fix time by declaring their own {@code Clock} bean.
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

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
