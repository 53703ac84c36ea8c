package uk.co.welzo.klachten.query.integrity;

import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.ask;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;

/** Whether a complaint's stored events are as they were written: for auditors. */
@RestController
@RequestMapping("/api/audit/complaints")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
public class IntegrityController {

    private final QueryGateway queries;

    IntegrityController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{complaintId}/integrity")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Verifies the complaint's hash chain and reports the first break")
    ChainVerification verify(@PathVariable String complaintId) {
        return ask(queries, new VerifyEventChain(complaintId(complaintId)), ChainVerification.class,
                "no complaint has id " + complaintId);
    }
}
