package uk.co.welzo.klachten.calendar.spring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * The calendar settings of {@code klachten.policy.*}: the time zone, the Jollyday holiday region and one-off bank
 * holidays as ISO dates ({@code 2027-06-07}) that Jollyday does not know yet. Adding one changes deadlines decided from
 * then on, so bump {@code klachten.policy.version} with it. The command side binds the rest of that prefix.
 */
@ConfigurationProperties("klachten.policy")
public record CalendarProperties(
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue(WorkingDayCalendar.ENGLAND_AND_WALES) String holidayRegion,
        @DefaultValue List<LocalDate> extraBankHolidays) {
}
