package uk.co.welzo.klachten.query.cases;


import uk.co.welzo.klachten.query.infrastructure.QueryAnswers;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * The case view over HTTP. It holds personal data, so only case-handling roles may read it (R8.1).
 *
 * <p>Each answer carries a strong {@code ETag: "<version>"}, the complaint's aggregate version the view reflects, for a
 * command's {@code If-Match}: RFC 9110 compares If-Match strongly, so a weak tag could never match. The tag is set on
 * the response itself rather than through {@code ResponseEntity}, which would also evaluate conditional GETs and
 * answer a failed one with a bare 412 instead of a problem detail; conditional GETs are not offered.
 */
@RestController
class CaseController {

    private static final String CASE_READERS = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";
    private static final String VIEW = "The case view, as of the complaint version in its `version` and ETag";
    private static final String ETAG = "The complaint's version this view reflects, as a strong entity tag (\"7\"): "
            + "send it as If-Match with a command so that it is refused (412) if the complaint changed since";

    private final QueryGateway queries;

    CaseController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/complaints/{complaintId}")
    @PreAuthorize(CASE_READERS)
    @Operation(summary = "The case view of one complaint, by its id")
    @ApiResponse(responseCode = "200", description = VIEW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ComplaintView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
    ComplaintView byId(@PathVariable String complaintId, HttpServletResponse response) {
        ComplaintId id;
        try {
            id = ComplaintId.of(complaintId);
        } catch (IllegalArgumentException malformed) {
            throw new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, malformed.getMessage(), "complaintId"));
        }
        return tagged(QueryAnswers.ask(queries, new FindComplaint(id), ComplaintView.class,
                "no complaint has id " + complaintId), response);
    }

    @GetMapping("/api/complaint-references/{reference}")
    @PreAuthorize(CASE_READERS)
    @Operation(summary = "The case view of one complaint, by the reference number the customer quotes")
    @ApiResponse(responseCode = "200", description = VIEW,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ComplaintView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
    ComplaintView byReference(@PathVariable String reference, HttpServletResponse response) {
        // a mistyped reference fails its check character here (400) and is never looked up
        ReferenceNumber parsed = QueryAnswers.reference(reference);
        return tagged(QueryAnswers.ask(queries, new FindComplaintByReference(parsed), ComplaintView.class,
                "no complaint has reference " + parsed), response);
    }

    /**
     * The first path of {@link #byReference}, still served for the clients that use it but no longer documented:
     * {@code by-reference} is a valid complaint id too, so the path also fits /api/complaints/{complaintId}/sla and
     * the command paths (#12).
     */
    @Hidden
    @GetMapping("/api/complaints/by-reference/{reference}")
    @PreAuthorize(CASE_READERS)
    ComplaintView byReferenceFirstPath(@PathVariable String reference, HttpServletResponse response) {
        return byReference(reference, response);
    }

    /** The view, its version stated as the answer's entity tag. */
    static ComplaintView tagged(ComplaintView view, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, "\"" + view.version() + "\"");
        return view;
    }
}
