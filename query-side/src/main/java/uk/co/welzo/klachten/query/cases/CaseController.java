package uk.co.welzo.klachten.query.cases;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
class CaseController {

    private static final String CASE_READERS = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";

    private final QueryGateway queries;

    CaseController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/complaints/{complaintId}")
    @PreAuthorize(CASE_READERS)
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

    @GetMapping("/api/complaint-references/{reference}")
    @PreAuthorize(CASE_READERS)
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

    /**
     * The first path of {@link #byReference}, still served for the clients that use it but no longer documented:
     * {@code by-reference} is a valid complaint id too, so the path also fits /api/complaints/{complaintId}/sla and
     * the command paths (#12).
     */
    @Hidden
    @GetMapping("/api/complaints/by-reference/{reference}")
    @PreAuthorize(CASE_READERS)
    ComplaintView byReferenceFirstPath(@PathVariable String reference) {
        return byReference(reference);
    }

    private ComplaintView ask(Object query, String notFound) {
        Optional<ComplaintView> view = queries.query(query, ResponseTypes.optionalInstanceOf(ComplaintView.class)).join();
        return view.orElseThrow(() -> new Refused(new ErrorDetail(ErrorCode.COMPLAINT_NOT_FOUND, notFound)));
    }
}
