package uk.co.welzo.klachten.query.trends;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.query.readmodel.LondonDays;

/**
 * Trend buckets in London time. A complaint counts in the bucket holding the London date it was received, so one
 * received at 2026-03-31T23:30Z (00:30 BST) is April's. Counts are kept per London day ({@link TrendDays}) and folded
 * into weeks and months here; the escalation rate's aggregation groups by London day or month ({@code $dateToString}
 * with a timezone). Weeks are always folded from days here, because mongo-java-server's {@code %G} is the calendar
 * year, not the ISO week-based year.
 */
final class TrendBuckets {

    static final ZoneId LONDON = LondonDays.LONDON;
    static final int MAX_BUCKETS = 1_000;

    private TrendBuckets() {
    }

    /** The {@code $dateToString} format the database groups by for this period. */
    static String databaseFormat(TrendPeriod period) {
        return period == TrendPeriod.MONTH ? "%Y-%m" : "%Y-%m-%d";
    }

    /** The first London date of the bucket that a {@link #databaseFormat} key falls in. */
    static LocalDate startOfDatabaseKey(TrendPeriod period, String key) {
        return period == TrendPeriod.MONTH ? YearMonth.parse(key).atDay(1) : start(period, LocalDate.parse(key));
    }

    static LocalDate start(TrendPeriod period, LocalDate day) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    static String key(TrendPeriod period, LocalDate start) {
        return switch (period) {
            case DAY -> start.toString();
            case WEEK -> "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
        };
    }

    /** How many buckets [from, to) spans, from the one of from's London date to the one of to's last moment. */
    static long count(TrendPeriod period, Instant from, Instant to) {
        LocalDate first = start(period, londonDate(from));
        LocalDate last = start(period, londonDate(to.minusNanos(1)));
        return switch (period) {
            case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(first, last) + 1;
        };
    }

    static List<LocalDate> starts(TrendPeriod period, Instant from, Instant to) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate last = start(period, londonDate(to.minusNanos(1)));
        for (LocalDate start = start(period, londonDate(from)); !start.isAfter(last); start = next(period, start)) {
            starts.add(start);
        }
        return starts;
    }

    private static LocalDate next(TrendPeriod period, LocalDate start) {
        return switch (period) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }
}
