package uk.co.welzo.klachten.query.cases;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;
import uk.co.welzo.klachten.platform.problem.Refused;

/** The case view over HTTP. It holds personal data, so only case-handling roles may read it (R8.1). */
@RestController
@RequestMapping("/api/complaints")
class CaseController {

    private final QueryGateway queries;

    CaseController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{complaintId}")
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')")
    @Operation(summary = "The case view of one complaint, by its id")
    ComplaintView byId(@PathVariable String complaintId) {
        ComplaintId id;
        try {
            id = ComplaintId.of(complaintId);
        } catch (IllegalArgumentException malformed) {
            throw new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, malformed.getMessage(), "complaintId"));
        }
        return ask(new FindComplaint(id), "no complaint has id " + complaintId);
    }

    @GetMapping("/by-reference/{reference}")
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')")
    @Operation(summary = "The case view of one complaint, by the reference number the customer quotes")
    ComplaintView byReference(@PathVariable String reference) {
        // a mistyped reference fails its check character here (400) and is never looked up
        ReferenceNumber parsed;
        try {
            parsed = ReferenceNumber.parse(reference);
        } catch (InvalidReferenceNumber mistyped) {
            throw new Refused(new ErrorDetail(mistyped.code(), mistyped.getMessage(), "reference"));
        }
        return ask(new FindComplaintByReference(parsed), "no complaint has reference " + parsed);
    }

    private ComplaintView ask(Object query, String notFound) {
        Optional<ComplaintView> view = queries.query(query, ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        return view.orElseThrow(() -> new Refused(new ErrorDetail(ErrorCode.COMPLAINT_NOT_FOUND, notFound)));
    }
}
