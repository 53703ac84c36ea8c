package uk.co.welzo.klachten.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.co.welzo.klachten.web.CaseReads;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/**
 * How one deadline came about (R5.3): the event and policy that set it, the London days it counted and those it
 * skipped, its extensions, warning and breach, and its verdict at an instant against the current and original date.
 */
@Controller
class DeadlinePageController extends AuditPages {

    private final QueryGateway queries;
    private final AuditInput input;
    private final CaseReads access;

    DeadlinePageController(QueryGateway queries, AuditInput input, CaseReads access) {
        this.queries = queries;
        this.input = input;
        this.access = access;
    }

    @GetMapping("/audit/cases/{complaintId}/deadlines/{kind}")
    @PreAuthorize(AUDITOR)
    String explain(@PathVariable String complaintId, @PathVariable String kind,
                   @RequestParam(required = false) String inquiryId, @RequestParam(required = false) String at,
                   Authentication who, HttpServletRequest request, Model model) {
        ComplaintId id = AuditInput.complaintId(complaintId);
        DeadlineKind parsedKind = AuditInput.kind(kind);
        boolean perInquiry = parsedKind == DeadlineKind.DEPARTMENT_RESPONSE;
        if (perInquiry && (inquiryId == null || inquiryId.isBlank())) {
            throw new BadAuditInput("audit.bad.inquiry");
        }
        Instant judgedAt = input.londonTime("at", at, input.now());
        DeadlineExplanation explanation = queries.query(
                        new ExplainDeadline(id, parsedKind, perInquiry ? inquiryId : null, judgedAt),
                        ResponseTypes.optionalInstanceOf(DeadlineExplanation.class)).join()
                .orElseThrow(() -> new UnknownComplaint(complaintId));
        access.record(explanation.complaintId(), null, who, request);
        model.addAttribute("explanation", explanation);
        model.addAttribute("at", input.typed(judgedAt));
        return "audit/deadline";
    }
}
