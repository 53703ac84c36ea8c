package uk.co.welzo.klachten.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;

/**
 * Records every successful read of one complaint's details or history (the staff case views, the
 * SLA clocks, every auditor endpoint on a complaint) in the access log. A refused read (401, 403,
 * 404) showed nothing and is not recorded. Endpoints that find the complaint by reference put the
 * complaint id they found in the request attribute {@link #COMPLAINT_ID}; for the others the
 * reference is looked up in the event store, so every read is findable by complaint id.
 */
final class AccessLogInterceptor implements HandlerInterceptor {

    static final String COMPLAINT_ID = AccessLogInterceptor.class.getName() + ".complaintId";

    private final AccessLog log;
    private final Clock clock;
    private final Function<String, Optional<String>> complaintIdOfReference;

    AccessLogInterceptor(AccessLog log, Clock clock, Function<String, Optional<String>> complaintIdOfReference) {
        this.log = log;
        this.clock = clock;
        this.complaintIdOfReference = complaintIdOfReference;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (ex != null || response.getStatus() >= 400 || !"GET".equals(request.getMethod()) || pattern == null
                || !concernsOneComplaint(pattern.toString())) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object found = request.getAttribute(COMPLAINT_ID);
        String complaintId = found != null ? found.toString() : variables == null ? null : variables.get("complaintId");
        String reference = variables == null ? null : variables.get("reference");
        if (complaintId == null && reference != null) {
            complaintId = complaintIdOfReference.apply(reference).orElse(null);
        }
        Principal user = request.getUserPrincipal();
        String query = request.getQueryString();
        log.append(new AccessLogEntry(clock.instant(), user == null ? null : user.getName(), complaintId, reference,
                "GET " + pattern, request.getRequestURI() + (query == null ? "" : "?" + query), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), request.getHeader("User-Agent")));
    }

    static boolean concernsOneComplaint(String pattern) {
        return pattern.startsWith("/api/complaints/{complaintId}") || pattern.startsWith("/api/complaints/by-reference/")
                || pattern.startsWith("/api/complaint-references/")
                || pattern.startsWith("/api/audit/complaints/");
    }
}
