package uk.co.welzo.klachten.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * The query side's working-day calendar (time taken per SLA clock, auditors' deadline explanations),
 * from the same {@code klachten.policy.*} holiday settings as the command side. In the standalone JVM
 * the command side defines a {@link WorkingDayCalendar} bean too; this one is no default candidate, so
 * only injection points that ask for {@value #QUERY_CALENDAR} by qualifier get it and the command
 * side's plain injection points stay unambiguous.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkingDaysConfiguration.HolidayProperties.class)
public class WorkingDaysConfiguration {

    public static final String QUERY_CALENDAR = "queryWorkingDayCalendar";

    @Bean(name = QUERY_CALENDAR, defaultCandidate = false)
    @Qualifier(QUERY_CALENDAR)
    WorkingDayCalendar queryWorkingDayCalendar(HolidayProperties holidays) {
        return new WorkingDayCalendar(holidays.zone(), holidays.holidayRegion(), Set.copyOf(holidays.extraBankHolidays()));
    }

    /** The calendar settings of {@code klachten.policy.*}; the command side binds the rest of that prefix. */
    @ConfigurationProperties("klachten.policy")
    record HolidayProperties(
            @DefaultValue("Europe/London") ZoneId zone,
            @DefaultValue(WorkingDayCalendar.ENGLAND_AND_WALES) String holidayRegion,
            @DefaultValue List<LocalDate> extraBankHolidays) {
    }
}
