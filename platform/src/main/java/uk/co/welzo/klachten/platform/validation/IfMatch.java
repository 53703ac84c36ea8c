package uk.co.welzo.klachten.platform.validation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * The {@code If-Match} a command takes (RFC 9110): the strong entity tag the case view answered, a complaint version
 * in double quotes ({@code "7"}), or {@code *}, which any existing complaint matches and so asks for nothing more. A
 * weak tag never matches under If-Match's strong comparison and a list would name versions a complaint cannot be at
 * both, so either is refused as malformed (400 naming the header) rather than answered with a 412 no retry can pass.
 */
public final class IfMatch {

    /** The values accepted, for the OpenAPI document. */
    public static final String FORM = "^(?:\\*|\"[0-9]{1,18}\")$";
    public static final String DESCRIPTION = "The ETag of the case view this change is based on, e.g. \"7\": the "
            + "change is refused with 412 COMPLAINT_CHANGED, listing what happened since, if the complaint is no longer "
            + "at that version. Without it (or with *) the change applies to whatever the complaint is now.";

    private static final Pattern ACCEPTED = Pattern.compile(FORM);

    private IfMatch() {
    }

    /** The version an If-Match header expects; empty when there is none, or it is {@code *}. */
    public static Optional<Long> version(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!ACCEPTED.matcher(value).matches()) {
            String message = "If-Match takes the case view's ETag, a version in double quotes such as \"7\", or *";
            throw new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, message, HttpHeaders.IF_MATCH));
        }
        return value.equals("*") ? Optional.empty() : Optional.of(Long.parseLong(value.substring(1, value.length() - 1)));
    }
}
