package uk.co.welzo.klachten.query.dataprotection;

import static uk.co.welzo.klachten.platform.security.EndpointRule.any;
import static uk.co.welzo.klachten.platform.security.Roles.DATA_PROTECTION_OFFICER;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.security.EndpointRule;
import uk.co.welzo.klachten.platform.security.EndpointRules;

/** Subject access is the data-protection officer's alone, whatever the method. */
@Component
class SubjectAccessRules implements EndpointRules {

    @Override
    public List<EndpointRule> rules() {
        return List.of(any(SubjectAccessController.BASE + "/**", DATA_PROTECTION_OFFICER));
    }
}
