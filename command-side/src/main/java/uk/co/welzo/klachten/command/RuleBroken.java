package uk.co.welzo.klachten.command;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;

/**
 * An aggregate refused a command by a rule; the code says which, and is what crosses the bus ({@link CommandErrors}).
 * The sentence is the code's own ({@link ErrorCode#sentence}), filled in with the values of this case; where one field
 * of the request is at fault it is named, as its JSON name, so the edge can point at it.
 */
public abstract class RuleBroken extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    protected RuleBroken(ErrorCode code, String field, Object... values) {
        super(code.sentence(values));
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field at fault, or null when the rule concerns the aggregate rather than one field. */
    public String field() {
        return field;
    }

    public ErrorDetail detail() {
        return new ErrorDetail(code, getMessage(), field);
    }
}
