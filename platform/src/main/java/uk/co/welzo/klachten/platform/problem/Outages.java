package uk.co.welzo.klachten.platform.problem;

import io.grpc.Status;
import org.springframework.util.ClassUtils;

/**
 * Recognises a failure that only says another service cannot be reached right now: gRPC's {@code UNAVAILABLE}, which
 * is what the Axon Server connector reports when Axon Server is down or unreachable. Such a request may well succeed
 * later, so it is answered 503, not 500. gRPC is looked at only where it is on the classpath (not on the embedded
 * service, which runs without Axon Server).
 */
final class Outages {

    private static final boolean GRPC = ClassUtils.isPresent("io.grpc.Status", Outages.class.getClassLoader());

    private Outages() {
    }

    static boolean isUnreachable(Throwable failure) {
        return GRPC && Grpc.unavailable(failure);
    }

    /** Loaded only when gRPC is present. */
    private static final class Grpc {

        static boolean unavailable(Throwable failure) {
            return (failure instanceof io.grpc.StatusRuntimeException || failure instanceof io.grpc.StatusException)
                    && Status.fromThrowable(failure).getCode() == Status.Code.UNAVAILABLE;
        }
    }
}
