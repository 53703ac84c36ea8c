package uk.co.welzo.klachten.query.history;

import static uk.co.welzo.klachten.platform.security.EndpointRule.get;
import static uk.co.welzo.klachten.platform.security.Roles.AUDITOR;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** A complaint's history and as-at views are the record itself: for auditors. */
@Component
class HistoryRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(get("/api/audit/complaints/*/history", AUDITOR),
                get("/api/audit/complaints/by-reference/*/history", AUDITOR),
                get("/api/audit/complaints/*/as-at", AUDITOR));
    }
}
