package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a customer reads them, on London's calendar: "Tuesday 12 January 2027". A deadline at London midnight is the
 * end of the day before (the procedure's "end of the N-th working day"), so it is written as that day, as the staff
 * console counts it.
 */
final class LetterDates {

    private static final String PATTERN = "EEEE d MMMM yyyy";

    private final ZoneId zone;

    LetterDates(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The last London day on which a deadline is still met. */
    String due(Instant due, Locale locale) {
        return words(due.minusNanos(1).atZone(zone).toLocalDate(), locale);
    }

    /** The London day something happened on. */
    String on(Instant at, Locale locale) {
        return words(at.atZone(zone).toLocalDate(), locale);
    }

    static String words(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(PATTERN, locale).format(date);
    }
}
