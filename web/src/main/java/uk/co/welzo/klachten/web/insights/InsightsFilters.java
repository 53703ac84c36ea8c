package uk.co.welzo.klachten.web.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * The dashboard's filters as the URL holds them, so a view can be shared: period, dimension and a range of London
 * dates, both days included. None of them is personal data (R8.1). {@link #read} never throws: what cannot be read is
 * a message code per field, shown on the page.
 */
record InsightsFilters(TrendPeriod period, TrendDimension dimension, LocalDate from, LocalDate to) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Without a range: the last 30 days, today included, counted in weeks, by category. */
    static final int DEFAULT_DAYS = 30;
    /** The query side's own caps: at most 1,000 buckets, and a recurring window of at most 3,660 days. */
    static final long LONGEST_BY_DAY = 1_000;
    static final long LONGEST = 3_660;

    /** What was typed, to show again, and a message code per field that could not be read (empty when all could). */
    record Reading(Map<String, String> typed, Map<String, String> errors, InsightsFilters filters) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Reading read(String period, String dimension, String from, String to, LocalDate today) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("period", orElse(period, TrendPeriod.WEEK.name()));
        typed.put("dimension", orElse(dimension, TrendDimension.CATEGORY.name()));
        typed.put("from", orElse(from, today.minusDays(DEFAULT_DAYS - 1).toString()));
        typed.put("to", orElse(to, today.toString()));
        Map<String, String> errors = new LinkedHashMap<>();

        TrendPeriod chosenPeriod = constant(TrendPeriod.class, typed.get("period"));
        if (chosenPeriod == null) {
            errors.put("period", "insights.error.period");
        }
        TrendDimension chosenDimension = constant(TrendDimension.class, typed.get("dimension"));
        if (chosenDimension == null) {
            errors.put("dimension", "insights.error.dimension");
        }
        LocalDate first = date(typed.get("from"));
        if (first == null) {
            errors.put("from", "insights.error.date");
        }
        LocalDate last = date(typed.get("to"));
        if (last == null) {
            errors.put("to", "insights.error.date");
        }
        if (first != null && last != null) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            if (days < 1) {
                errors.put("to", "insights.error.order");
            } else if (days > LONGEST) {
                errors.put("to", "insights.error.tooLong");
            } else if (chosenPeriod == TrendPeriod.DAY && days > LONGEST_BY_DAY) {
                errors.put("period", "insights.error.tooManyDays");
            }
        }
        InsightsFilters filters = errors.isEmpty()
                ? new InsightsFilters(chosenPeriod, chosenDimension, first, last) : null;
        return new Reading(typed, errors, filters);
    }

    /** Today's London date: the default range ends with it. */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** The start of the first day, London time. */
    Instant fromInstant() {
        return from.atStartOfDay(LONDON).toInstant();
    }

    /** The start of the day after the last, London time: the queries' ranges end there, exclusive. */
    Instant toInstant() {
        return to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** Names an exported file: what, how and when, e.g. {@code complaint-counts-category-week-2026-11-01-to-2026-11-30}. */
    String describe(String table, boolean withDimension, boolean withPeriod) {
        StringBuilder name = new StringBuilder(table);
        if (withDimension) {
            name.append('-').append(dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (withPeriod) {
            name.append('-').append(period.name().toLowerCase(Locale.ROOT));
        }
        return name.append('-').append(from).append("-to-").append(to).toString();
    }

    /** A field left empty means its default, as one left out does. */
    private static String orElse(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
