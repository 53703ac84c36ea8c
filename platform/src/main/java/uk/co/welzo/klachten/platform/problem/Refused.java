package uk.co.welzo.klachten.platform.problem;

import java.util.Objects;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;

/** A request refused for a stated reason; the edge answers it as problem details whose status follows the code's kind. */
public class Refused extends RuntimeException {

    private final transient ErrorDetail detail;

    public Refused(ErrorDetail detail) {
        super(Objects.requireNonNull(detail, "detail").code() + ": " + detail.message(), null, false, false);
        this.detail = detail;
    }

    public Refused(ErrorCode code, String message) {
        this(new ErrorDetail(code, message));
    }

    /** Refused for the reason {@code code} stands for, in its own sentence filled in with {@code values}. */
    public static Refused of(ErrorCode code, Object... values) {
        return new Refused(code, code.sentence(values));
    }

    public ErrorDetail detail() {
        return detail;
    }
}
