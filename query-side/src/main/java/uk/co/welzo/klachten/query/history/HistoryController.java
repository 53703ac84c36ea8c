package uk.co.welzo.klachten.query.history;

import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.ask;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.complaintId;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.invalid;
import static uk.co.welzo.klachten.query.infrastructure.QueryAnswers.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import uk.co.welzo.klachten.query.accesslog.AccessLogRecorder;

/** Auditors read the record itself: a complaint's whole history, and the complaint as it stood at any instant. */
@RestController
@RequestMapping("/api/audit/complaints")
@Tag(name = "Audit", description = "Case histories from the event store, as at any instant, verifiably (R6.1, R8)")
public class HistoryController {

    private final QueryGateway queries;
    private final Clock clock;

    HistoryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/{complaintId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "Every stored event of a complaint in order; JSON, or a readable HTML page (Accept: text/html or format=html)")
    ResponseEntity<?> history(@PathVariable String complaintId, @RequestParam(required = false) String format,
                              @RequestHeader(value = "Accept", required = false) String accept, Principal user) {
        return export(historyOf(complaintId(complaintId)), format, accept, user);
    }

    @GetMapping("/by-reference/{reference}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(summary = "The history of the complaint holding a reference number; a mistyped reference is a 400, never looked up")
    ResponseEntity<?> historyByReference(@PathVariable String reference, @RequestParam(required = false) String format,
                                         @RequestHeader(value = "Accept", required = false) String accept,
                                         Principal user, HttpServletRequest request) {
        ReferenceNumber parsed = reference(reference);
        String complaintId = ask(queries, new FindComplaintIdByReference(parsed), String.class,
                "no complaint has reference " + parsed);
        request.setAttribute(AccessLogRecorder.COMPLAINT_ID, complaintId);
        return export(historyOf(ComplaintId.of(complaintId)), format, accept, user);
    }

    @GetMapping("/{complaintId}/as-at")
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
        return ask(queries, new FindCaseAsAt(complaintId(complaintId), at, parsed), CaseAsAtView.class,
                "no complaint has id " + complaintId);
    }

    private CaseHistoryView historyOf(ComplaintId id) {
        return ask(queries, new FindCaseHistory(id), CaseHistoryView.class, "no complaint has id " + id);
    }

    private ResponseEntity<?> export(CaseHistoryView history, String format, String accept, Principal user) {
        boolean html = format != null ? "html".equalsIgnoreCase(format)
                : accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (!html) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(history);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(HistoryPage.render(history, clock.instant(), user == null ? null : user.getName()));
    }
}
