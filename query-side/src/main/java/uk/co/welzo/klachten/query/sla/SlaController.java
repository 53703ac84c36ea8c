package uk.co.welzo.klachten.query.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.platform.problem.Refused;

/** A complaint's SLA clocks: no personal data, so analysts may read them too. */
@RestController
@Tag(name = "SLA", description = "Deadlines, warnings and breaches per obligation (R2.1, R3.4, R4.3, R4.4, R5.3)")
class SlaController {

    private final QueryGateway queries;

    SlaController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/complaints/{complaintId}/sla")
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER','ANALYST')")
    @Operation(summary = "One clock per obligation: original and current deadline, warning, breach, verdict")
    SlaClocksView clocks(@PathVariable ComplaintId complaintId) {
        Optional<SlaClocksView> clocks = queries.query(new FindSlaClocks(complaintId),
                ResponseTypes.optionalInstanceOf(SlaClocksView.class)).join();
        return clocks.orElseThrow(() -> new Refused(ErrorCode.COMPLAINT_NOT_FOUND,
                "no complaint " + complaintId));
    }
}
