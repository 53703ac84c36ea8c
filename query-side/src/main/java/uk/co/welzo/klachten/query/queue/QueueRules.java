package uk.co.welzo.klachten.query.queue;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** The work queue and its live stream: the staff who handle complaints, checked before the filters are parsed. */
@Component
class QueueRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                get("/api/queue/escalations/mine", HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER),
                get("/api/queue/escalations/awaiting-forwarding", HEAD_OF_CUSTOMER_SERVICE),
                get("/api/queue/**", AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER));
    }
}
