package uk.co.welzo.klachten.platform.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads a token's roles claim (a list of role names, or one name; case does not matter) as {@code ROLE_} authorities and names the caller. */
final class JwtRolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String principalClaim;

    JwtRolesConverter(String rolesClaim, String principalClaim) {
        this.rolesClaim = rolesClaim;
        this.principalClaim = principalClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.hasClaim(principalClaim) ? jwt.getClaimAsString(principalClaim) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt), name);
    }

    private Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object claim = jwt.getClaims().get(rolesClaim);
        Stream<?> roles = claim instanceof Collection<?> many ? many.stream()
                : claim instanceof String one ? Stream.of(one) : Stream.empty();
        return roles
                .filter(Objects::nonNull)
                .map(Object::toString)
                .map(role -> role.strip().toUpperCase(Locale.ROOT))
                .filter(role -> !role.isEmpty())
                .map(role -> role.startsWith(Roles.AUTHORITY_PREFIX) ? role : Roles.AUTHORITY_PREFIX + role)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
