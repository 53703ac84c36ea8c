package uk.co.welzo.klachten.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page the servlet container forwards to when a filter or the container answered with an error status
 * ({@code sendError}) or a failure escaped every handler: problem details in place of Boot's JSON or HTML error
 * page, as {@code application/problem+json} whatever the client said it accepts.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    /** Open to everyone, as the security chain's public /error is: a refusal of any caller is described here. */
    @RequestMapping
    @PreAuthorize("permitAll()")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = problem(status instanceof Integer code ? HttpStatusCode.valueOf(code) : null,
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), path);
        problem.setInstance(ProblemOutput.instance(path != null ? path : request.getRequestURI()));
        if (problem.getStatus() < 500) {
            Refusals.log(request.getMethod(), path, problem);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(HttpStatusCode status, Throwable failure, String path) {
        if (status == null) {
            // asked for directly rather than forwarded to
            return Problems.forStatus(HttpStatus.NOT_FOUND, "There is nothing at /error.");
        }
        if (status.is5xxServerError()) {
            return ProblemDetailsAdvice.internalError(status, failure);
        }
        // a 4xx is the container's verdict on the request even when it names an exception (a broken chunked body)
        if (BrokenRequests.isBroken(failure)) {
            return Problems.forStatus(status,
                    "The request body could not be read: it is cut short or its chunked encoding is broken.");
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return Problems.forStatus(status, "There is nothing at " + (path != null ? path : "this path") + ".");
        }
        return Problems.forStatus(status, status.value() == HttpStatus.BAD_REQUEST.value()
                ? "The request was refused: its path, parameters or headers are not acceptable."
                : "The request was refused with status " + status.value() + ".");
    }
}
