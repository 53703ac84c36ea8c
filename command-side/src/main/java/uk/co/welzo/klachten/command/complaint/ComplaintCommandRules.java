package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.platform.security.EndpointRule.post;
import static uk.co.welzo.klachten.platform.security.EndpointRule.put;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.DATA_PROTECTION_OFFICER;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;
import static uk.co.welzo.klachten.platform.security.Roles.INTAKE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Who may send which command, decided before the request body is read: the roles of the controller's @PreAuthorize. */
@Component
class ComplaintCommandRules implements EndpointRules {

    private static final String ONE = "/api/complaints/{complaintId}";
    private static final String[] STAFF = {AGENT, HEAD_OF_CUSTOMER_SERVICE};
    private static final String[] INVESTIGATORS = {AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                post("/api/complaints", INTAKE, AGENT, HEAD_OF_CUSTOMER_SERVICE),
                post(ONE + "/acknowledgement", STAFF),
                put(ONE + "/handler", STAFF),
                put(ONE + "/category", STAFF),
                post(ONE + "/notes", INVESTIGATORS),
                post(ONE + "/department-requests", INVESTIGATORS),
                post(ONE + "/department-requests/{inquiryId}/answer", INVESTIGATORS),
                post(ONE + "/communications", INVESTIGATORS),
                post(ONE + "/letters", INVESTIGATORS),
                post(ONE + "/resolution", INVESTIGATORS),
                post(ONE + "/escalation", STAFF),
                post(ONE + "/escalation/acknowledgement", HEAD_OF_CUSTOMER_SERVICE),
                post(ONE + "/deadline-extensions", INVESTIGATORS),
                post(ONE + "/closure", STAFF),
                post(ONE + "/withdrawal", STAFF),
                post(ONE + "/external-referrals", STAFF),
                post(ONE + "/erasure", DATA_PROTECTION_OFFICER),
                post(ONE + "/legal-hold", DATA_PROTECTION_OFFICER),
                post(ONE + "/legal-hold/release", DATA_PROTECTION_OFFICER));
    }
}
