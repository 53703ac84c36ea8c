package uk.co.welzo.klachten.query.cases;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Case views hold personal data: only the roles handling complaints, checked before the id or reference is parsed. */
@Component
class CaseRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                get("/api/complaints/{complaintId}", AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER),
                get("/api/complaint-references/{reference}", AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER),
                // the first path of the reference lookup, kept for existing clients and left out of the document
                get("/api/complaints/by-reference/{reference}", AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER));
    }
}
