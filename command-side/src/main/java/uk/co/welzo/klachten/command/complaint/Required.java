package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Text;

/** What a command must give (a reason, a summary, a root cause...); lacking it is INVALID_INPUT, naming the field. */
final class Required {

    private Required() {
    }

    /** Blank as the edge's {@code @HasText} means it ({@link Text#isBlank}), so what the edge lets through is kept here. */
    static String required(String field, String value) {
        if (Text.isBlank(value)) {
            throw ComplaintRuleBroken.about(field, ErrorCode.INVALID_INPUT, field, "must not be blank");
        }
        return value.strip();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw ComplaintRuleBroken.about(field, ErrorCode.INVALID_INPUT, field, "must be given");
        }
        return value;
    }
}
