package uk.co.welzo.klachten.api.improvement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies one improvement action (R6.3); chosen by the client or generated (a UUID). */
public record ImprovementActionId(@JsonValue String value) {

    /** The form of the id as a regular expression over the whole value, as a complaint id's. */
    public static final String FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern VALID = Pattern.compile(FORM);

    @JsonCreator
    public ImprovementActionId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("an improvement action id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
    }

    public static ImprovementActionId of(String value) {
        return new ImprovementActionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
