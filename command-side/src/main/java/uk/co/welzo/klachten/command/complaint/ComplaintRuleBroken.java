package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;

/**
 * A command broke a rule of the procedure; the code says which, and is what crosses the bus. Where one field of the
 * request is at fault (a time, a text, a date) it is named, as its JSON name, so the edge can point at it.
 */
public abstract class ComplaintRuleBroken extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    protected ComplaintRuleBroken(ErrorCode code, String message) {
        this(code, message, null);
    }

    protected ComplaintRuleBroken(ErrorCode code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field at fault, or null when the rule concerns the complaint rather than one field. */
    public String field() {
        return field;
    }

    public ErrorDetail detail() {
        return new ErrorDetail(code, getMessage(), field);
    }
}
