package uk.co.welzo.klachten.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import uk.co.welzo.klachten.platform.problem.Problems;

/** Writes the 401 and 403 answers of the security filters in the same problem-details shape as the controllers'. */
final class ProblemResponses {

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
