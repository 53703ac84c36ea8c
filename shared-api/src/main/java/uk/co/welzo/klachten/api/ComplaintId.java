package uk.co.welzo.klachten.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies one complaint; chosen by the client or generated (a UUID). */
public record ComplaintId(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @JsonCreator
    public ComplaintId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a complaint id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
