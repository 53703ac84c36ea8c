package uk.co.welzo.klachten.query.accesslog;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Who read what is for auditors. */
@Component
class AccessLogRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/audit/access-log", AUDITOR));
    }
}
