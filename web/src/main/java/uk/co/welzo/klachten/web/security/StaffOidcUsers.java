package uk.co.welzo.klachten.web.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.co.welzo.klachten.platform.security.KlachtenSecurityProperties;
import uk.co.welzo.klachten.platform.security.TokenClaims;

/**
 * A person signed in through OpenID Connect, as the pages and the events know them: named by the same claim as an API
 * caller ({@code preferred_username}, falling back to the subject), with the roles of the same claim
 * ({@code realm_access.roles} for Keycloak) as {@code ROLE_} authorities and nothing else. That name is the actor of
 * every command they send.
 */
final class StaffOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final KlachtenSecurityProperties.Jwt claims;

    StaffOidcUsers(KlachtenSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        List<GrantedAuthority> roles = TokenClaims.authorities(user.getClaims(), claims.rolesClaim());
        String nameClaim = hasText(user.getClaims().get(claims.principalClaim())) ? claims.principalClaim() : "sub";
        return new DefaultOidcUser(roles, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    private static boolean hasText(Object claim) {
        return claim != null && !claim.toString().isBlank();
    }
}
