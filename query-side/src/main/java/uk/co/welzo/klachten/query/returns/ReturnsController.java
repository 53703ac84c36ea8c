package uk.co.welzo.klachten.query.returns;

import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.invalid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.ReturnsView;

/** The returns: counts by outcome and time to resolution, as the record stood at a date. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
public class ReturnsController {

    private final QueryGateway queries;
    private final Clock clock;

    ReturnsController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/returns")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    @Operation(summary = "Counts by outcome and time to resolution for complaints received in [from, to), as the record stood at asAt (default now, returned)")
    ReturnsView returns(@RequestParam Instant from, @RequestParam Instant to,
                        @RequestParam(required = false) Instant asAt) {
        if (!from.isBefore(to)) {
            throw invalid("from", "must be before to");
        }
        return queries.query(new FindReturns(from, to, asAt == null ? clock.instant() : asAt),
                ResponseTypes.instanceOf(ReturnsView.class)).join();
    }
}
