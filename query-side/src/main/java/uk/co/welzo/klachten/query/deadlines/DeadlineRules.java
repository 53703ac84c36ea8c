package uk.co.welzo.klachten.query.deadlines;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** A deadline's explanation reads the record itself: for auditors. */
@Component
class DeadlineRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/audit/complaints/*/deadlines/*", AUDITOR));
    }
}
