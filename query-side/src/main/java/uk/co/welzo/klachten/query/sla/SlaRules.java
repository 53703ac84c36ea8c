package uk.co.welzo.klachten.query.sla;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AGENT;
import static uk.co.welzo.klachten.platform.security.Roles.ANALYST;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** SLA clocks, compliance and breaches hold no personal data: staff and analysts (R8.1). */
@Component
class SlaRules implements EndpointRules {

    private static final String[] SLA_READERS = {AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER, ANALYST};

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/complaints/{complaintId}/sla", SLA_READERS), get("/api/sla/**", SLA_READERS));
    }
}
