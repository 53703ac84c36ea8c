package uk.co.welzo.klachten.command.improvement;

import static uk.co.welzo.klachten.platform.security.EndpointRule.delete;
import static uk.co.welzo.klachten.platform.security.EndpointRule.post;
import static uk.co.welzo.klachten.platform.security.Roles.ANALYST;
import static uk.co.welzo.klachten.platform.security.Roles.DEPARTMENT_MANAGER;
import static uk.co.welzo.klachten.platform.security.Roles.HEAD_OF_CUSTOMER_SERVICE;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Who may send which improvement-action command, before the body is read: the roles of the controller's @PreAuthorize. */
@Component
class ImprovementActionRules implements EndpointRules {

    private static final String ONE = "/api/improvement-actions/{actionId}";
    private static final String[] RAISERS = {ANALYST, HEAD_OF_CUSTOMER_SERVICE};
    private static final String[] OWNERS = {DEPARTMENT_MANAGER, HEAD_OF_CUSTOMER_SERVICE};

    @Override
    public List<EndpointRule> rules() {
        return List.of(
                post("/api/improvement-actions", RAISERS),
                post(ONE + "/links", RAISERS),
                delete(ONE + "/links/{complaintId}", RAISERS),
                post(ONE + "/agreement", OWNERS),
                post(ONE + "/start", OWNERS),
                post(ONE + "/completion", OWNERS),
                post(ONE + "/effect-review", OWNERS),
                post(ONE + "/drop", OWNERS));
    }
}
