package uk.co.welzo.klachten.web;

import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import uk.co.welzo.klachten.api.ErrorDetail;

/** Reads why the command side refused a command: the {@link ErrorDetail} it sent back as the failure's details. */
public final class CommandRefusals {

    private CommandRefusals() {
    }

    /** The refusal's detail anywhere in the failure's causes; empty for a failure that is no refusal (a fault). */
    public static Optional<ErrorDetail> detail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure) {
                Optional<ErrorDetail> detail = handlerFailure.getDetails()
                        .filter(ErrorDetail.class::isInstance).map(ErrorDetail.class::cast);
                if (detail.isPresent()) {
                    return detail;
                }
            }
        }
        return Optional.empty();
    }
}
