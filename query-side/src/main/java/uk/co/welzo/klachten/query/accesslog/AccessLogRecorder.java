package uk.co.welzo.klachten.query.accesslog;

import uk.co.welzo.klachten.query.eventstore.CaseEvents;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;

/**
 * Records every successful read of one complaint's details or history (the staff case views, the SLA clocks, every
 * auditor endpoint on a complaint) in the access log, before the answer's body is written: the entry is on disk
 * before anyone has read a word, so a crash cannot leave a read unlogged (a 2xx is a promise). A refused read (401,
 * 403, 404) shows nothing and is not recorded; if the entry cannot be written the read fails instead. Endpoints that
 * find the complaint by reference put the complaint id they found in the request attribute {@link #COMPLAINT_ID};
 * for the others the reference is looked up in the event store, so every read is findable by complaint id. The log
 * and the event store are looked up lazily: web slices (@WebMvcTest) have neither, and then record nothing.
 */
@ControllerAdvice
public final class AccessLogRecorder implements ResponseBodyAdvice<Object> {

    public static final String COMPLAINT_ID = AccessLogRecorder.class.getName() + ".complaintId";

    private final ObjectProvider<AccessLog> log;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<CaseEvents> events;

    AccessLogRecorder(ObjectProvider<AccessLog> log, ObjectProvider<Clock> clock, ObjectProvider<CaseEvents> events) {
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        AccessLog available = log.getIfAvailable();
        if (available != null && !(body instanceof ProblemDetail)
                && request instanceof ServletServerHttpRequest servletRequest
                && response instanceof ServletServerHttpResponse servletResponse
                && servletResponse.getServletResponse().getStatus() < 400) {
            record(available, servletRequest.getServletRequest());
        }
        return body;
    }

    private void record(AccessLog available, HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!"GET".equals(request.getMethod()) || pattern == null || !concernsOneComplaint(pattern.toString())) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object found = request.getAttribute(COMPLAINT_ID);
        String complaintId = found != null ? found.toString() : variables == null ? null : variables.get("complaintId");
        String reference = variables == null ? null : variables.get("reference");
        if (complaintId == null && reference != null) {
            complaintId = complaintIdOf(reference).orElse(null);
        }
        Principal user = request.getUserPrincipal();
        String query = request.getQueryString();
        available.append(new AccessLogEntry(clock.getIfAvailable(Clock::systemUTC).instant(),
                user == null ? null : user.getName(), complaintId, reference, "GET " + pattern,
                request.getRequestURI() + (query == null ? "" : "?" + query), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), request.getHeader("User-Agent")));
    }

    private Optional<String> complaintIdOf(String reference) {
        CaseEvents store = events.getIfAvailable();
        if (store == null) {
            return Optional.empty();
        }
        try {
            return store.complaintIdOf(ReferenceNumber.parse(reference));
        } catch (InvalidReferenceNumber mistyped) {
            return Optional.empty();
        }
    }

    static boolean concernsOneComplaint(String pattern) {
        return pattern.startsWith("/api/complaints/{complaintId}") || pattern.startsWith("/api/complaints/by-reference/")
                || pattern.startsWith("/api/complaint-references/")
                || pattern.startsWith("/api/audit/complaints/");
    }
}
