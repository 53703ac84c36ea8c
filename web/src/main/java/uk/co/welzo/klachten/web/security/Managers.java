package uk.co.welzo.klachten.web.security;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Text;

/**
 * The department managers the pages know ({@link ManagersProperties}), and the department of the person signed in: a
 * token's {@code department} claim when it has one (jwt mode), otherwise the configured manager of that user name.
 */
@Component
@EnableConfigurationProperties(ManagersProperties.class)
public class Managers {

    static final String DEPARTMENT_CLAIM = "department";

    /** One configured manager: the user name they sign in with, their display name and their department. */
    public record Manager(String userName, String name, String department) {
    }

    private final List<Manager> all;

    Managers(ManagersProperties properties) {
        this.all = properties.managers() == null ? List.of() : properties.managers().entrySet().stream()
                .filter(entry -> !Text.isBlank(entry.getValue().name()) && !Text.isBlank(entry.getValue().department()))
                .map(entry -> new Manager(entry.getKey(), entry.getValue().name().strip(),
                        entry.getValue().department().strip()))
                .toList();
    }

    /** Every configured manager, in the order configured; empty when none is. */
    public List<Manager> all() {
        return all;
    }

    public Optional<Manager> byUserName(String userName) {
        return all.stream().filter(manager -> manager.userName().equals(userName)).findFirst();
    }

    /** The department whose escalations the signed-in person reviews, or empty when nobody said which. */
    public Optional<String> departmentOf(Authentication who) {
        if (who.getPrincipal() instanceof ClaimAccessor token && token.hasClaim(DEPARTMENT_CLAIM)) {
            String department = token.getClaimAsString(DEPARTMENT_CLAIM);
            return Text.isBlank(department) ? Optional.empty() : Optional.of(department.strip());
        }
        return byUserName(who.getName()).map(Manager::department);
    }
}
