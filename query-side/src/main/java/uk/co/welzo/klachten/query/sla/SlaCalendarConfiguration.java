package uk.co.welzo.klachten.query.sla;

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
 * The query side's own working-day calendar, for the working days an obligation took. It reads the same
 * {@code klachten.policy.*} holiday settings as the command side. In the standalone JVM the command side defines a
 * {@link WorkingDayCalendar} bean too; this one is no default candidate, so only injection points that ask for
 * {@value #SLA_CALENDAR} by qualifier get it and the command side's plain injection points stay unambiguous.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaCalendarConfiguration.HolidayProperties.class)
class SlaCalendarConfiguration {

    static final String SLA_CALENDAR = "slaWorkingDayCalendar";

    @Bean(name = SLA_CALENDAR, defaultCandidate = false)
    @Qualifier(SLA_CALENDAR)
    WorkingDayCalendar slaWorkingDayCalendar(HolidayProperties holidays) {
        return new WorkingDayCalendar(ZoneId.of("Europe/London"), holidays.holidayRegion(),
                Set.copyOf(holidays.extraBankHolidays()));
    }

    /** The holiday settings of {@code klachten.policy.*}; the command side binds the rest of that prefix. */
    @ConfigurationProperties("klachten.policy")
    record HolidayProperties(
            @DefaultValue(WorkingDayCalendar.ENGLAND_AND_WALES) String holidayRegion,
            @DefaultValue List<LocalDate> extraBankHolidays) {
    }
}
