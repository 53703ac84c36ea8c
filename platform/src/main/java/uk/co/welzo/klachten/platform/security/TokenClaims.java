package uk.co.welzo.klachten.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a token names and which roles it grants, read the same way from an API's bearer token and from the pages' OpenID
 * Connect sign-in. The roles claim may be a path into nested claims: Keycloak puts realm roles in
 * {@code realm_access.roles}. A claim whose own name has dots (Auth0's {@code https://example.org/roles}) is found first.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** The roles in {@code rolesClaim} (a list of role names, or one name; case does not matter) as {@code ROLE_} authorities. */
    public static List<GrantedAuthority> authorities(Map<String, Object> claims, String rolesClaim) {
        Object claim = claim(claims, rolesClaim);
        Stream<?> roles = claim instanceof Collection<?> many ? many.stream()
                : claim instanceof String one ? Stream.of(one) : Stream.empty();
        return roles
                .filter(Objects::nonNull)
                .map(Object::toString)
                .map(role -> role.strip().toUpperCase(Locale.ROOT))
                .filter(role -> !role.isEmpty())
                .map(role -> role.startsWith(Roles.AUTHORITY_PREFIX) ? role : Roles.AUTHORITY_PREFIX + role)
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** The caller's name from {@code principalClaim}, or the subject when the token lacks it or it is blank. */
    public static String name(Map<String, Object> claims, String principalClaim) {
        Object name = claims.get(principalClaim);
        if (name == null || name.toString().isBlank()) {
            name = claims.get("sub");
        }
        return name == null ? null : name.toString();
    }

    private static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }
}
