package uk.co.welzo.klachten.query.trends;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.ADMIN;
import static uk.co.welzo.klachten.platform.security.Roles.ANALYST;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Trends: analysts, the head of customer service and administrators, checked before the range is parsed. */
@Component
class TrendRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/trends/**", ANALYST, HEAD_OF_CUSTOMER_SERVICE, ADMIN));
    }
}
