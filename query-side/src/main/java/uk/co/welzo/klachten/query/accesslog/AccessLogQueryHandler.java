package uk.co.welzo.klachten.query.accesslog;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.audit.RecordCaseRead;

/** Answers the access log's questions from its own collection. */
@Component
class AccessLogQueryHandler {

    private final AccessLog accessLog;

    AccessLogQueryHandler(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @QueryHandler
    List<AccessLogEntry> handle(FindAccessLog query) {
        return accessLog.find(query);
    }

    /** Appends before answering: an entry that cannot be written fails the read, as the API's reads do. */
    @QueryHandler
    Boolean handle(RecordCaseRead query) {
        accessLog.append(query.entry());
        return Boolean.TRUE;
    }
}
