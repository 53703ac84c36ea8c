package uk.co.welzo.klachten.web.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.co.welzo.klachten.platform.security.Roles;

/** Where a signed-in person starts; null while their role has no screen yet (analysts' and auditors' come later); the console's roles first, then ADMIN's operators' pages. */
record StartPage(String path) {

    private static final Set<String> CONSOLE = Set.of(Roles.AGENT, Roles.HEAD_OF_CUSTOMER_SERVICE, Roles.DEPARTMENT_MANAGER);

    static StartPage of(Authentication who) {
        for (GrantedAuthority authority : who.getAuthorities()) {
            String role = authority.getAuthority().replaceFirst("^" + Roles.AUTHORITY_PREFIX, "");
            if (CONSOLE.contains(role)) {
                return new StartPage("/console");
            }
        }
        for (GrantedAuthority authority : who.getAuthorities()) {
            if (authority.getAuthority().equals(Roles.AUTHORITY_PREFIX + Roles.ADMIN)) {
                return new StartPage("/admin");
            }
        }
        return new StartPage(null);
    }
}
