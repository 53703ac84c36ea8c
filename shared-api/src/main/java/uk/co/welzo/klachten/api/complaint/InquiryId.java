package uk.co.welzo.klachten.api.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies one request for department input within a complaint. */
public record InquiryId(@JsonValue String value) {

    /** The form of the id as a regular expression over the whole value; the OpenAPI document states it. */
    public static final String FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern VALID = Pattern.compile(FORM);

    @JsonCreator
    public InquiryId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("an inquiry id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
    }

    public static InquiryId of(String value) {
        return new InquiryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
