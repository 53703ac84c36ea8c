package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;

/** A command broke a rule of the procedure; the code says which, and is what crosses the bus. */
public abstract class ComplaintRuleBroken extends RuntimeException {

    private final ErrorCode code;

    protected ComplaintRuleBroken(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorDetail detail() {
        return new ErrorDetail(code, getMessage());
    }
}
