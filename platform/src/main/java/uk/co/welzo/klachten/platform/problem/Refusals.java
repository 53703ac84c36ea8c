package uk.co.welzo.klachten.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;
import uk.co.welzo.klachten.platform.correlation.CorrelationId;

/**
 * The one line a refused request (a 4xx: an expected outcome, not a fault) is worth in the log, at DEBUG and without a
 * stack trace; the correlation id finds the rest. Faults (5xx) are logged as incidents with their trace instead.
 */
final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private Refusals() {
    }

    static void log(String method, String uri, ProblemDetail problem) {
        log(method, uri, problem, MDC.get(CorrelationId.MDC_KEY));
    }

    static void log(String method, String uri, ProblemDetail problem, String correlationId) {
        if (log.isDebugEnabled()) {
            Object code = problem.getProperties() == null ? null : problem.getProperties().get(Problems.CODE);
            log.debug("{} {} answered {} {} (correlation id {})", method, uri, problem.getStatus(), code, correlationId);
        }
    }
}
