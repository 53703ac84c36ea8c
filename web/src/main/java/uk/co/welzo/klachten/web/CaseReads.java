package uk.co.welzo.klachten.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.RecordCaseRead;

/**
 * Logs a page about one complaint as the API logs its reads (R8.2): who, when, which page and URL, from where. The
 * staff console's case page and the auditors' pages call it after the answers were found (a 404 shows nothing and is
 * not logged) and before the page is rendered; the answer waits for the entry to be written, and if it cannot be the
 * page fails rather than show an unlogged read. So the access log a subject-access export holds names everyone who
 * read the case, through the API or the pages.
 */
@Component
public class CaseReads {

    private final QueryGateway queries;
    private final Clock clock;

    CaseReads(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Records the read the current request makes. */
    public void record(String complaintId, String reference, Authentication who) {
        record(complaintId, reference, who,
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
    }

    public void record(String complaintId, String reference, Authentication who, HttpServletRequest request) {
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
