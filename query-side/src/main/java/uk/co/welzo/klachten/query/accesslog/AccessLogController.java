package uk.co.welzo.klachten.query.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;

/** Who read which complaint, when and from where (every read of a complaint is logged; see {@link AccessLogRecorder}). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
public class AccessLogController {

    private final QueryGateway queries;

    AccessLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/access-log")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Who read which complaint, when and from where; oldest first, period [from, to)")
    List<AccessLogEntry> accessLog(@RequestParam(required = false) String complaintId,
                                   @RequestParam(required = false) String user,
                                   @RequestParam(required = false) Instant from,
                                   @RequestParam(required = false) Instant to) {
        return queries.query(new FindAccessLog(complaintId, user, from, to),
                ResponseTypes.multipleInstancesOf(AccessLogEntry.class)).join();
    }
}
