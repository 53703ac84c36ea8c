package uk.co.welzo.klachten.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klachten.security.*}: which callers the API trusts.
 *
 * @param mode         {@code demo} (documented demo users over HTTP Basic) or {@code jwt} (bearer tokens from the
 *                     issuer at {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param demoPassword the password of every demo user
 * @param jwt          where the roles and the name are in a token
 * @param verifiedPasswordLifetime in demo mode, how long a password that matched is remembered, so HTTP Basic does
 *                     not run BCrypt on every request ({@link VerifiedPasswords} says why that is safe); 0 turns it off
 */
@ConfigurationProperties("klachten.security")
public record KlachtenSecurityProperties(
        @DefaultValue("demo") Mode mode,
        @DefaultValue("demo") String demoPassword,
        @DefaultValue Jwt jwt,
        @DefaultValue("PT5M") Duration verifiedPasswordLifetime) {

    public enum Mode { DEMO, JWT }

    /**
     * @param rolesClaim     the claim holding a list of role names such as {@code "AGENT"}, or a dotted path to it
     *                       inside nested claims: {@code realm_access.roles} for Keycloak's realm roles
     * @param principalClaim the claim naming the caller; {@code sub} when the token lacks it
     * @param verifiedTokenLifetime how long a token that passed every check is remembered, so it is not decoded and its
     *                       signature checked again on every request ({@link VerifiedTokens} says why that is safe);
     *                       never beyond its own expiry; 0 turns it off
     */
    public record Jwt(
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String principalClaim,
            @DefaultValue("PT5M") Duration verifiedTokenLifetime) {
    }
}
