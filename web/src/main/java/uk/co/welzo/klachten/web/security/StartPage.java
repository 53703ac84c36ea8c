package uk.co.welzo.klachten.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.co.welzo.klachten.platform.security.Roles;

/**
 * Where a signed-in person starts: the first area of their roles, in this order (so a head of customer service who is
 * also an analyst starts at the console); null for a role with no screens (intake, an API client's).
 */
record StartPage(String path) {

    private static final Map<String, String> AREAS = areas();

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put(Roles.AGENT, "/console");
        areas.put(Roles.HEAD_OF_CUSTOMER_SERVICE, "/console");
        areas.put(Roles.DEPARTMENT_MANAGER, "/console");
        areas.put(Roles.ANALYST, "/insights");
        areas.put(Roles.AUDITOR, "/audit");
        areas.put(Roles.ADMIN, "/admin");
        areas.put(Roles.DATA_PROTECTION_OFFICER, "/data-protection");
        return areas;
    }

    static StartPage of(Authentication who) {
        Set<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^" + Roles.AUTHORITY_PREFIX, "")).collect(Collectors.toSet());
        return AREAS.entrySet().stream().filter(area -> roles.contains(area.getKey())).map(Map.Entry::getValue)
                .findFirst().map(StartPage::new).orElse(new StartPage(null));
    }
}
