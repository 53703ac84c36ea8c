package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.Text;

/** A command lacks something the procedure needs (a reason, a summary, a root cause...). */
public class InvalidComplaintInput extends ComplaintRuleBroken {

    public InvalidComplaintInput(String field, String problem) {
        super(ErrorCode.INVALID_INPUT, field + ": " + problem, field);
    }

    /** Blank as the edge's {@code @HasText} means it ({@link Text#isBlank}), so what the edge lets through is kept here. */
    static String required(String field, String value) {
        if (Text.isBlank(value)) {
            throw new InvalidComplaintInput(field, "must not be blank");
        }
        return value.strip();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidComplaintInput(field, "must be given");
        }
        return value;
    }
}
