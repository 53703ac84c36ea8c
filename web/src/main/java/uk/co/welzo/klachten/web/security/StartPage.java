package uk.co.welzo.klachten.web.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.co.welzo.klachten.platform.security.Roles;

/** Where a signed-in person starts; null while their role has no screen yet (analysts', auditors' and admins' come later). */
record StartPage(String path) {

    private static final Set<String> CONSOLE = Set.of(Roles.AGENT, Roles.HEAD_OF_CUSTOMER_SERVICE, Roles.DEPARTMENT_MANAGER);

    static StartPage of(Authentication who) {
        for (GrantedAuthority authority : who.getAuthorities()) {
            String role = authority.getAuthority().replaceFirst("^" + Roles.AUTHORITY_PREFIX, "");
            if (CONSOLE.contains(role)) {
                return new StartPage("/console");
            }
            if (Roles.AUDITOR.equals(role)) {
                return new StartPage("/audit");
            }
        }
        return new StartPage(null);
    }
}
