package uk.co.welzo.klachten.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads a bearer token's roles claim as {@code ROLE_} authorities and names the caller ({@link TokenClaims}). */
final class JwtRolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String principalClaim;

    JwtRolesConverter(String rolesClaim, String principalClaim) {
        this.rolesClaim = rolesClaim;
        this.principalClaim = principalClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, TokenClaims.authorities(jwt.getClaims(), rolesClaim),
                TokenClaims.name(jwt.getClaims(), principalClaim));
    }
}
