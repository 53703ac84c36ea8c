package uk.co.welzo.klachten.calendar.spring;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * The one working-day calendar of a Spring Boot application, from the {@code klachten.policy.*} calendar settings.
 * Both sides count in it (the command side its deadlines, the query side time taken and deadline explanations), so
 * in the standalone JVM they share this bean instead of binding the settings twice.
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkingDaysAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(CalendarProperties calendar) {
        return new WorkingDayCalendar(calendar.zone(), calendar.holidayRegion(), Set.copyOf(calendar.extraBankHolidays()));
    }
}
