package uk.co.welzo.klachten.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import uk.co.welzo.klachten.platform.problem.Problems;

/** Writes the 401, 403 and 503 answers of the security filters in the same problem-details shape as the controllers'. */
final class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String FORBIDDEN = "FORBIDDEN";

    private ProblemResponses() {
    }

    /** 401; {@code challenge} adds the scheme's header (Basic realm, or Bearer with the token error). */
    static AuthenticationEntryPoint unauthenticated(ObjectMapper json, AuthenticationEntryPoint challenge) {
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            write(json, request, response, Problems.of(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED,
                    "Sign in first: the request carries no valid credentials."));
        };
    }

    /**
     * Bearer-token failures: 503 when the token could not be checked because the identity provider (its key set)
     * cannot be reached, which Spring Security would otherwise rethrow as a 500; 401 through {@code unauthenticated}
     * for a token that is missing or invalid.
     */
    static AuthenticationFailureHandler bearerFailures(ObjectMapper json, AuthenticationEntryPoint unauthenticated) {
        return (request, response, exception) -> {
            if (exception instanceof AuthenticationServiceException) {
                log.warn("Could not check a bearer token, answering 503: {}", exception.getMessage());
                response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
                write(json, request, response, Problems.unavailable(
                        "Your sign-in cannot be checked right now: the identity provider does not answer. "
                                + "Try again shortly."));
                return;
            }
            unauthenticated.commence(request, response, exception);
        };
    }

    static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, exception) ->
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) -> write(json, request, response, Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN,
                "Your role does not allow this request."));
    }

    private static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                              ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
