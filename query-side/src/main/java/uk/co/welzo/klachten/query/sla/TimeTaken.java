package uk.co.welzo.klachten.query.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * How long an obligation took (R6.1). Hours are clock hours, so a summer-time change neither adds nor removes
 * one, rounded to two decimals. Working days are counted as the procedure counts its deadlines: the working days
 * after the London start date up to and including the London end date. Met on the day it started: 0; started
 * Thursday, met the next Tuesday: 3 (Friday, Monday, Tuesday). A working-day obligation of N days was met in time
 * exactly when it took at most N.
 */
final class TimeTaken {

    private TimeTaken() {
    }

    static double hours(Instant from, Instant to) {
        return roundedHours(Duration.between(from, to));
    }

    static double roundedHours(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return Math.round(seconds / 36.0) / 100.0;
    }

    static int workingDays(WorkingDayCalendar calendar, Instant from, Instant to) {
        LocalDate start = LocalDate.ofInstant(from, calendar.zone());
        LocalDate end = LocalDate.ofInstant(to, calendar.zone());
        if (!end.isAfter(start)) {
            return 0;
        }
        int days = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
