package uk.co.welzo.klachten.query.search;

import static uk.co.welzo.klachten.platform.security.EndpointRule.post;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** The search shows personal data: only the roles handling complaints, as for the case view. */
@Component
class SearchRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(post("/api/search/complaints", AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER));
    }
}
