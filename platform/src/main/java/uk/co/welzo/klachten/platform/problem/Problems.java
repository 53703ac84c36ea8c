package uk.co.welzo.klachten.platform.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import uk.co.welzo.klachten.api.ErrorCode;

/**
 * Builds RFC 9457 problem details in the one shape the API promises: a stable {@code type} URI and
 * {@code title} derived from the code, the status, a detail for people and a {@code code} property.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://klachten.welzo.co.uk/problems/";
    public static final String CODE = "code";
    public static final String ERRORS = "errors";
    public static final String INCIDENT = "incident";
    /** 412 only: what happened to the complaint after the version the caller's If-Match named. */
    public static final String CHANGES = "changes";
    /** A service this request needs (the identity provider, Axon Server) cannot be reached; worth retrying later. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** Seconds a client is asked to wait before retrying a {@link #SERVICE_UNAVAILABLE} request. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** What a client is told when its change lost a race with another one on the same complaint. */
    public static final String CONCURRENT_MODIFICATION =
            "The complaint was changed by someone else at the same time; nothing was recorded. Reload it and try again.";

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail) {
        return of(statusOf(code.kind()), code.name(), detail);
    }

    /** For codes outside {@link ErrorCode}: protocol-level answers such as {@code UNAUTHENTICATED} or {@code METHOD_NOT_ALLOWED}. */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        stamp(problem, code);
        return problem;
    }

    /**
     * For a status the servlet container, the security filters or Spring MVC chose: 400 is {@code INVALID_INPUT} like
     * every other rejected input, any other status its own name ({@code NOT_FOUND}, {@code NOT_ACCEPTABLE}).
     */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
        return of(status, codeFor(status), detail);
    }

    static String codeFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            return ErrorCode.INVALID_INPUT.name();
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.name() : "HTTP_" + status.value();
    }

    /** 503 {@link #SERVICE_UNAVAILABLE}: answer it with a {@code Retry-After} of {@link #RETRY_AFTER_SECONDS}. */
    public static ProblemDetail unavailable(String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, detail);
    }

    /** Gives a problem built elsewhere (Spring MVC's own) the type, title and code of {@code code}. */
    public static void stamp(ProblemDetail problem, String code) {
        problem.setType(type(code));
        problem.setTitle(title(code));
        problem.setProperty(CODE, code);
    }

    public static URI type(String code) {
        return URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String title(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static HttpStatus statusOf(ErrorCode.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, RULE_BROKEN -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
