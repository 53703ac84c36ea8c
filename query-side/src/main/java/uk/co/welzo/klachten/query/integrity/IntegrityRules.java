package uk.co.welzo.klachten.query.integrity;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Chain verification reads the record itself: for auditors. */
@Component
class IntegrityRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/audit/complaints/*/integrity", AUDITOR));
    }
}
