package uk.co.welzo.klachten.api.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies one recorded communication with the customer within a complaint. */
public record CommunicationId(@JsonValue String value) {

    /** The form of the id as a regular expression over the whole value; the OpenAPI document states it. */
    public static final String FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern VALID = Pattern.compile(FORM);

    @JsonCreator
    public CommunicationId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a communication id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
    }

    public static CommunicationId of(String value) {
        return new CommunicationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
