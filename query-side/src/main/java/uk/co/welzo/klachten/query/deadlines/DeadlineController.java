package uk.co.welzo.klachten.query.deadlines;

import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.ask;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.complaintId;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.invalid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** How one of a complaint's deadlines came about, and its verdict at an instant: for auditors. */
@RestController
@RequestMapping("/api/audit/complaints")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
public class DeadlineController {

    private final QueryGateway queries;
    private final Clock clock;

    DeadlineController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/{complaintId}/deadlines/{kind}")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "How a deadline came about (events, policy version, days skipped, extensions) and its verdict at an instant (default now)")
    DeadlineExplanation explain(@PathVariable String complaintId, @PathVariable DeadlineKind kind,
                                @RequestParam(required = false) String inquiryId,
                                @RequestParam(required = false) Instant at) {
        if (kind == DeadlineKind.DEPARTMENT_RESPONSE && inquiryId == null) {
            throw invalid("inquiryId", "must be given: a department response deadline belongs to one inquiry");
        }
        Instant judgedAt = at == null ? clock.instant() : at;
        return ask(queries, new ExplainDeadline(complaintId(complaintId), kind,
                        kind == DeadlineKind.DEPARTMENT_RESPONSE ? inquiryId : null, judgedAt), DeadlineExplanation.class,
                "complaint " + complaintId + " had no " + kind + " deadline"
                        + (inquiryId == null ? "" : " for inquiry " + inquiryId) + " by " + judgedAt);
    }
}
