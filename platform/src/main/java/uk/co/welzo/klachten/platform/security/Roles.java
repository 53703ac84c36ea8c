package uk.co.welzo.klachten.platform.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.co.welzo.klachten.api.Role;

/**
 * The roles of people and systems using the API. Granted as {@code ROLE_<name>} authorities, so controllers
 * write {@code @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")}.
 */
public final class Roles {

    /** The web form and API clients that lodge complaints on a customer's behalf. */
    public static final String INTAKE = "INTAKE";
    /** A customer-service team member handling complaints. */
    public static final String AGENT = "AGENT";
    /** Leads customer service: assigns, extends deadlines, signs off final responses. */
    public static final String HEAD_OF_CUSTOMER_SERVICE = "HEAD_OF_CUSTOMER_SERVICE";
    /** Manages a department that investigates complaints about its work. */
    public static final String DEPARTMENT_MANAGER = "DEPARTMENT_MANAGER";
    /** Sees trends, never personal data. */
    public static final String ANALYST = "ANALYST";
    /** Reads the full history of a complaint as it stood at any instant. */
    public static final String AUDITOR = "AUDITOR";
    /** Operates the service. */
    public static final String ADMIN = "ADMIN";
    /** The data-protection officer (R8.2): subject access, erasure, legal holds. */
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";

    public static final List<String> ALL = List.of(
            INTAKE, AGENT, HEAD_OF_CUSTOMER_SERVICE, DEPARTMENT_MANAGER, ANALYST, AUDITOR, ADMIN,
            DATA_PROTECTION_OFFICER);

    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** The roles {@code who} was granted, as a command carries them to the aggregate; empty for nobody. */
    public static Set<Role> of(Authentication who) {
        if (who == null) {
            return Set.of();
        }
        return Role.of(who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .toList());
    }

    private Roles() {
    }
}
