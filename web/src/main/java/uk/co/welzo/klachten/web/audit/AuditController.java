package uk.co.welzo.klachten.web.audit;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import uk.co.welzo.klachten.api.InvalidReferenceNumber;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.audit.FindComplaintIdByReference;
import java.nio.charset.StandardCharsets;

/** The auditors' start: find a complaint by its reference or its id; the returns and the access log are a link away. */
@Controller
class AuditController extends AuditPages {

    private final QueryGateway queries;

    AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/audit")
    @PreAuthorize(AUDITOR)
    String start() {
        return "audit/start";
    }

    /**
     * A reference is looked up in the event store (its reservation event); what is not a reference that the store
     * knows is taken as a complaint id, which the history page then finds or says it cannot.
     */
    @GetMapping("/audit/find")
    @PreAuthorize(AUDITOR)
    String find(@RequestParam(name = "q", required = false) String typed, Model model) {
        String q = typed == null ? "" : typed.trim();
        if (q.isEmpty()) {
            throw new BadAuditInput("audit.bad.find");
        }
        Optional<String> byReference = reference(q).flatMap(reference -> queries.query(
                new FindComplaintIdByReference(reference), ResponseTypes.optionalInstanceOf(String.class)).join());
        String complaintId = byReference.orElseGet(() -> AuditInput.complaintId(q).value());
        return "redirect:/audit/cases/" + UriUtils.encodePathSegment(complaintId, StandardCharsets.UTF_8);
    }

    private static Optional<ReferenceNumber> reference(String typed) {
        if (!typed.matches(ReferenceNumber.TYPED_FORM)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReferenceNumber.parse(typed));
        } catch (InvalidReferenceNumber mistyped) {
            return Optional.empty();
        }
    }
}
