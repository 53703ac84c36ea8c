package uk.co.welzo.klachten.query.admin;

import static uk.co.welzo.klachten.platform.security.EndpointRule.any;
import static uk.co.welzo.klachten.platform.security.Roles.ADMIN;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Operations (replays, dead letters) are for administrators only, whatever the method. */
@Component
class AdminRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(any("/api/admin/**", ADMIN));
    }
}
