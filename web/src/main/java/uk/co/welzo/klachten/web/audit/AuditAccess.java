package uk.co.welzo.klachten.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.RecordCaseRead;

/**
 * Logs an auditor's page about one complaint as the API logs its reads (R8.2): who, when, which page and URL, from
 * where. Called after the answers were found (a 404 shows nothing and is not logged) and before the page is rendered;
 * the answer waits for the entry to be written, and if it cannot be the page fails rather than show an unlogged read.
 */
@Component
class AuditAccess {

    private final QueryGateway queries;
    private final Clock clock;

    AuditAccess(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    void record(String complaintId, String reference, Authentication who, HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String query = request.getQueryString();
        AccessLogEntry entry = new AccessLogEntry(clock.instant(), who.getName(), complaintId, reference,
                request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern),
                request.getRequestURI() + (query == null ? "" : "?" + query), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), request.getHeader("User-Agent"));
        Boolean written = queries.query(new RecordCaseRead(entry), ResponseTypes.instanceOf(Boolean.class)).join();
        if (!Boolean.TRUE.equals(written)) {
            throw new IllegalStateException("the access log did not confirm the read of complaint " + complaintId);
        }
    }
}
