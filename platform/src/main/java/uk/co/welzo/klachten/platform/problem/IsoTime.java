package uk.co.welzo.klachten.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one form in which the API reads a moment or a date from a client, in a body or a query parameter: an
 * ISO-8601 string with a four-digit year from 0001 to 9999, an instant with its offset. Never a bare number (it
 * would be taken as epoch seconds or days), never an empty string (it would be taken as "now"), never a year past
 * 9999 or before 0001, which no store or calendar here handles. Whether a moment is plausible (not before the
 * company's records, not in the future) is the domain's to decide, inside this range.
 */
public final class IsoTime {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    static final String INSTANT_FORM = "an ISO-8601 instant with its offset, e.g. 2026-03-10T09:30:00Z, "
            + "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
    static final String DATE_FORM = "an ISO-8601 date (yyyy-MM-dd), e.g. 2027-01-26, between 0001-01-01 and 9999-12-31";

    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoTime() {
    }

    /** Reads an instant, or refuses it with a message saying the form it must have. */
    public static Instant instant(String text) {
        if (text == null || !INSTANT.matcher(text).matches()) {
            throw new IllegalArgumentException("must be " + INSTANT_FORM);
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException impossible) {
            throw new IllegalArgumentException("must be a real moment: " + INSTANT_FORM);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("must be " + INSTANT_FORM);
        }
        return instant;
    }

    /** Reads a date, or refuses it with a message saying the form it must have. */
    public static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            throw new IllegalArgumentException("must be " + DATE_FORM);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException impossible) {
            throw new IllegalArgumentException("must be a real date: " + DATE_FORM);
        }
        if (date.getYear() < 1) {
            throw new IllegalArgumentException("must be " + DATE_FORM);
        }
        return date;
    }

    /** What a value of {@code type} must look like, when it is one of the types read here. */
    static String formOf(Class<?> type) {
        if (type == Instant.class) {
            return INSTANT_FORM;
        }
        return type == LocalDate.class ? DATE_FORM : null;
    }
}
