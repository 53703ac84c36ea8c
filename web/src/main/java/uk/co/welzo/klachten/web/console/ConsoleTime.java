package uk.co.welzo.klachten.web.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Deadlines as staff read them: London time, and working days left counted in the calendar the deadlines were counted
 * in. Templates call it as {@code @consoleTime}.
 */
@Component("consoleTime")
public class ConsoleTime {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ConsoleTime(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The instant on London's clock; null stays null. */
    public ZonedDateTime london(Instant at) {
        return at == null ? null : at.atZone(calendar.zone());
    }

    ZoneId zone() {
        return calendar.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** Working days after today up to the due date (0: due today); null once the due date has passed. */
    public Integer workingDaysLeft(Instant due) {
        if (due == null) {
            return null;
        }
        LocalDate today = today();
        LocalDate dueDate = lastDay(due);
        if (dueDate.isBefore(today)) {
            return null;
        }
        return (int) (ChronoUnit.DAYS.between(today, dueDate) - calendar.nonWorkingDaysBetween(today, dueDate).size());
    }

    /** A deadline at London midnight ends the day before it: the procedure's "end of the N-th working day". */
    public boolean endOfDay(Instant due) {
        return due != null && due.atZone(calendar.zone()).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** The last London day on which the obligation can still be met in time. */
    public LocalDate lastDay(Instant due) {
        return due.minusNanos(1).atZone(calendar.zone()).toLocalDate();
    }

    /** The start of a London date, for "due on or before" filters: the day after it starts. */
    Instant startOfDayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    Instant now() {
        return clock.instant();
    }
}
