package uk.co.welzo.klachten.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import uk.co.welzo.klachten.platform.correlation.CorrelationId;

/**
 * Tomcat's error report, for what the container refuses before any servlet or filter sees it (an encoded slash or
 * a NUL in the path, a character the request line may not hold, headers too large): the problem details every other
 * answer has instead of Tomcat's HTML page. What reaches the application is answered by {@link ProblemErrorController}.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ObjectMapper json;

    ProblemReportValve(ObjectMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: only an error nobody has answered yet, on a connection that can still take an answer
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String correlationId = CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
        ProblemDetail problem = problem(HttpStatusCode.valueOf(status), throwable);
        problem.setInstance(ProblemOutput.instance(request.getRequestURI()));
        if (status < 500) {
            Refusals.log(request.getMethod(), request.getRequestURI(), problem, correlationId);
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(CorrelationId.HEADER, correlationId);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException cannotAnswer) {
            // the connection is gone or the response already started another way: nothing more can be sent
        }
    }

    private static ProblemDetail problem(HttpStatusCode status, Throwable throwable) {
        if (status.is5xxServerError()) {
            return ProblemDetailsAdvice.internalError(status, throwable);
        }
        return Problems.forStatus(status, status.value() == 400
                ? "The request was refused before it reached the service: its request line, path or headers are not "
                + "acceptable (for example an encoded slash, a control character, or headers that are too large)."
                : "The request was refused before it reached the service.");
    }
}
