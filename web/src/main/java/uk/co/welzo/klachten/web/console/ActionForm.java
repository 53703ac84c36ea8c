package uk.co.welzo.klachten.web.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.co.welzo.klachten.api.Text;

/**
 * What one action's form sent, read field by field: a missing or unreadable field is noted with the message key to
 * show at it, and the command is sent only when none is.
 */
final class ActionForm {

    private final Map<String, String> values;
    private final Map<String, String> problems = new LinkedHashMap<>();

    ActionForm(Map<String, String> values) {
        this.values = values;
    }

    String required(String field) {
        String value = values.get(field);
        if (Text.isBlank(value)) {
            problems.put(field, "action.required");
            return null;
        }
        return value.strip();
    }

    String optional(String field) {
        String value = values.get(field);
        return Text.isBlank(value) ? null : value.strip();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = required(field);
        if (value == null) {
            problems.put(field, "action.choose");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "action.choose");
            return null;
        }
    }

    boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    LocalDate date(String field) {
        String value = required(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            problems.put(field, "action.date");
            return null;
        }
    }

    /** A time typed in London time (an {@code input type=datetime-local}); blank means now. */
    java.time.Instant londonTime(String field, ZoneId london) {
        String value = optional(field);
        try {
            return value == null ? null : LocalDateTime.parse(value).atZone(london).toInstant();
        } catch (DateTimeParseException unreadable) {
            problems.put(field, "action.time");
            return null;
        }
    }

    boolean complete() {
        return problems.isEmpty();
    }

    Map<String, String> problems() {
        return problems;
    }

    Map<String, String> values() {
        return values;
    }
}
