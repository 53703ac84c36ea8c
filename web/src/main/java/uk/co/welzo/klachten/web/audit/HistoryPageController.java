package uk.co.welzo.klachten.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CaseHistoryView;
import uk.co.welzo.klachten.api.audit.ChainVerification;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExplainDeadline;
import uk.co.welzo.klachten.api.audit.FindCaseAsAt;
import uk.co.welzo.klachten.api.audit.FindCaseHistory;
import uk.co.welzo.klachten.api.audit.VerifyEventChain;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/**
 * A complaint's record as auditors read it, from the event store: every event in order with its business and recorded
 * time, actor, reason and change, whether the hash chain still holds, and the case as it stood at any instant.
 */
@Controller
class HistoryPageController extends AuditPages {

    private final QueryGateway queries;
    private final AuditInput input;
    private final CaseReads access;

    HistoryPageController(QueryGateway queries, AuditInput input, CaseReads access) {
        this.queries = queries;
        this.input = input;
        this.access = access;
    }

    @GetMapping("/audit/cases/{complaintId}")
    @PreAuthorize(AUDITOR)
    String history(@PathVariable String complaintId, Authentication who, HttpServletRequest request, Model model) {
        ComplaintId id = AuditInput.complaintId(complaintId);
        CaseHistoryView history = queries.query(new FindCaseHistory(id),
                ResponseTypes.optionalInstanceOf(CaseHistoryView.class)).join()
                .orElseThrow(() -> new UnknownComplaint(complaintId));
        ChainVerification chain = queries.query(new VerifyEventChain(id),
                ResponseTypes.optionalInstanceOf(ChainVerification.class)).join().orElse(null);
        List<DeadlineLink> deadlines = deadlines(id, history);
        access.record(history.complaintId(), history.reference(), who, request);
        model.addAttribute("history", history);
        model.addAttribute("chain", chain);
        model.addAttribute("erased", history.events().stream().anyMatch(e -> "PersonalDataErased".equals(e.type())));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("erasedMarker", PersonalData.ERASED); // shown as "erased", not as the marker (R8.2)
        model.addAttribute("asAtDefault", input.nowTyped());
        return "audit/history";
    }

    @GetMapping("/audit/cases/{complaintId}/as-at")
    @PreAuthorize(AUDITOR)
    String asAt(@PathVariable String complaintId, @RequestParam(required = false) String at,
                @RequestParam(required = false) String basis, Authentication who, HttpServletRequest request,
                Model model) {
        ComplaintId id = AuditInput.complaintId(complaintId);
        Instant instant = input.londonTime("at", at, input.now());
        AsAtBasis parsedBasis = AuditInput.basis(basis);
        CaseAsAtView view = queries.query(new FindCaseAsAt(id, instant, parsedBasis),
                ResponseTypes.optionalInstanceOf(CaseAsAtView.class)).join()
                .orElseThrow(() -> new UnknownComplaint(complaintId));
        access.record(view.complaintId(), view.reference(), who, request);
        model.addAttribute("view", view);
        model.addAttribute("at", input.typed(instant));
        model.addAttribute("erasedMarker", PersonalData.ERASED);
        return "audit/as-at";
    }

    /** Every deadline the record ever set: one per kind, one per department request (R3.2), each explained at now. */
    private List<DeadlineLink> deadlines(ComplaintId id, CaseHistoryView history) {
        Instant now = input.now();
        List<DeadlineLink> links = new ArrayList<>();
        Arrays.stream(DeadlineKind.values()).filter(kind -> kind != DeadlineKind.DEPARTMENT_RESPONSE)
                .forEach(kind -> explain(id, kind, null, now).ifPresent(links::add));
        history.events().stream().filter(e -> "DepartmentInputRequested".equals(e.type()))
                .map(e -> e.payload() == null ? null : e.payload().get("inquiryId")).filter(Objects::nonNull)
                .map(Object::toString).distinct()
                .forEach(inquiry -> explain(id, DeadlineKind.DEPARTMENT_RESPONSE, inquiry, now).ifPresent(links::add));
        return links;
    }

    private Optional<DeadlineLink> explain(ComplaintId id, DeadlineKind kind, String inquiryId, Instant now) {
        return queries.query(new ExplainDeadline(id, kind, inquiryId, now),
                        ResponseTypes.optionalInstanceOf(DeadlineExplanation.class)).join()
                .map(e -> new DeadlineLink(kind, inquiryId, e.currentDue(), e.verdict()));
    }
}
