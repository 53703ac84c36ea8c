package uk.co.welzo.klachten.query.audit;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.ADMIN;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** The record itself is for auditors; the returns (counts only) for administrators as well. */
@Component
class AuditRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/audit/returns", AUDITOR, ADMIN), get("/api/audit/**", AUDITOR));
    }
}
