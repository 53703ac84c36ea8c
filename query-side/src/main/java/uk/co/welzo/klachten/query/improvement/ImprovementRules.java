package uk.co.welzo.klachten.query.improvement;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.ANALYST;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Improvement actions hold no personal data: the head, analysts, managers and auditors read them (R6.3, R8.1). */
@Component
class ImprovementRules implements EndpointRules {

    private static final String[] READERS = {HEAD_OF_CUSTOMER_SERVICE, ANALYST, DEPARTMENT_MANAGER, AUDITOR};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                get("/api/improvement-actions", READERS),
                get("/api/improvement-actions/{actionId}", READERS),
                get("/api/improvement-actions/{actionId}/effect", READERS),
                get("/api/complaints/{complaintId}/improvement-actions", READERS),
                get("/api/audit/improvement-actions/{actionId}/history", AUDITOR));
    }
}
