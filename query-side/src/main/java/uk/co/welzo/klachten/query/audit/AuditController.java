package uk.co.welzo.klachten.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import uk.co.welzo.klachten.api.audit.FindReturns;
import uk.co.welzo.klachten.api.audit.ReturnsView;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.platform.problem.Refused;

/** Auditors read the record itself: histories, as-at views, deadlines, the hash chain, the access log, returns. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
class AuditController {

    private final QueryGateway queries;
    private final Clock clock;

    AuditController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/complaints/{complaintId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Every stored event of a complaint in order; JSON, or a readable HTML page (Accept: text/html or format=html)")
    ResponseEntity<?> history(@PathVariable String complaintId, @RequestParam(required = false) String format,
                              @RequestHeader(value = "Accept", required = false) String accept, Principal user) {
        return export(historyOf(id(complaintId)), format, accept, user);
    }

    @GetMapping("/complaints/by-reference/{reference}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "The history of the complaint holding a reference number; a mistyped reference is a 400, never looked up")
    ResponseEntity<?> historyByReference(@PathVariable String reference, @RequestParam(required = false) String format,
                                         @RequestHeader(value = "Accept", required = false) String accept,
                                         Principal user, HttpServletRequest request) {
        ReferenceNumber parsed = reference(reference);
        String complaintId = ask(new FindComplaintIdByReference(parsed), String.class, "no complaint has reference " + parsed);
        request.setAttribute(AccessLogRecorder.COMPLAINT_ID, complaintId);
        return export(historyOf(ComplaintId.of(complaintId)), format, accept, user);
    }

    @GetMapping("/complaints/{complaintId}/as-at")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "The complaint as it stood at an instant: basis=recorded (default, what the record held) or occurred (what had happened)")
    CaseAsAtView asAt(@PathVariable String complaintId, @RequestParam Instant at,
                      @RequestParam(defaultValue = "recorded") String basis) {
        AsAtBasis parsed;
        try {
            parsed = AsAtBasis.valueOf(basis.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("basis", "must be recorded or occurred, not " + basis);
        }
        return ask(new FindCaseAsAt(id(complaintId), at, parsed), CaseAsAtView.class, "no complaint has id " + complaintId);
    }

    @GetMapping("/complaints/{complaintId}/deadlines/{kind}")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "How a deadline came about (events, policy version, days skipped, extensions) and its verdict at an instant (default now)")
    DeadlineExplanation explain(@PathVariable String complaintId, @PathVariable DeadlineKind kind,
                                @RequestParam(required = false) String inquiryId,
                                @RequestParam(required = false) Instant at) {
        if (kind == DeadlineKind.DEPARTMENT_RESPONSE && inquiryId == null) {
            throw invalid("inquiryId", "must be given: a department response deadline belongs to one inquiry");
        }
        Instant judgedAt = at == null ? clock.instant() : at;
        return ask(new ExplainDeadline(id(complaintId), kind, kind == DeadlineKind.DEPARTMENT_RESPONSE ? inquiryId : null,
                judgedAt), DeadlineExplanation.class, "complaint " + complaintId + " had no " + kind + " deadline"
                + (inquiryId == null ? "" : " for inquiry " + inquiryId) + " by " + judgedAt);
    }

    @GetMapping("/complaints/{complaintId}/integrity")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Verifies the complaint's hash chain and reports the first break")
    ChainVerification verify(@PathVariable String complaintId) {
        return ask(new VerifyEventChain(id(complaintId)), ChainVerification.class, "no complaint has id " + complaintId);
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

    private CaseHistoryView historyOf(ComplaintId id) {
        return ask(new FindCaseHistory(id), CaseHistoryView.class, "no complaint has id " + id);
    }

    private ResponseEntity<?> export(CaseHistoryView history, String format, String accept, Principal user) {
        boolean html = format != null ? "html".equalsIgnoreCase(format)
                : accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (!html) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(history);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(HistoryPage.render(history, clock.instant(), user == null ? null : user.getName()));
    }

    private <T> T ask(Object query, Class<T> type, String notFound) {
        Optional<T> answer = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return answer.orElseThrow(() -> new Refused(ErrorCode.COMPLAINT_NOT_FOUND, notFound));
    }

    private static ComplaintId id(String complaintId) {
        try {
            return ComplaintId.of(complaintId);
        } catch (IllegalArgumentException malformed) {
            throw invalid("complaintId", malformed.getMessage());
        }
    }

    /** A reference that fails its check character is refused with its own code, naming the path segment. */
    private static ReferenceNumber reference(String typed) {
        try {
            return ReferenceNumber.parse(typed);
        } catch (InvalidReferenceNumber mistyped) {
            throw new Refused(new ErrorDetail(mistyped.code(), mistyped.getMessage(), "reference"));
        }
    }

    /** A 400 naming the parameter, in the shape of Spring's own validation failures. */
    private static Refused invalid(String field, String problem) {
        return new Refused(new ErrorDetail(ErrorCode.INVALID_INPUT, "Invalid input: " + field + ": " + problem + ".", field));
    }
}
