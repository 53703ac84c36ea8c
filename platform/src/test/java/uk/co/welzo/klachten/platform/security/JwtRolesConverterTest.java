package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesConverterTest {

    private final JwtRolesConverter converter = new JwtRolesConverter("roles", "preferred_username");

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "none").subject("3f2c").issuedAt(Instant.now());
    }

    @Test
    void mapsEachRoleInTheClaimToARoleAuthority() {
        AbstractAuthenticationToken authentication =
                converter.convert(token().claim("roles", List.of("AGENT", "HEAD_OF_CUSTOMER_SERVICE")).build());
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AGENT", "ROLE_HEAD_OF_CUSTOMER_SERVICE");
    }

    @Test
    void acceptsASingleRoleAnyCaseAndAnAlreadyPrefixedRole() {
        assertThat(converter.convert(token().claim("roles", "agent").build()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        assertThat(converter.convert(token().claim("roles", List.of("ROLE_ADMIN")).build()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }

    @Test
    void grantsNothingWithoutTheClaimOrForBlankOrNullEntries() {
        assertThat(converter.convert(token().build()).getAuthorities()).isEmpty();
        assertThat(converter.convert(token().claim("roles", Arrays.asList(" ", null)).build()).getAuthorities()).isEmpty();
    }

    @Test
    void namesThePrincipalFromItsClaimFallingBackToSubject() {
        assertThat(converter.convert(token().claim("preferred_username", "alice").build()).getName()).isEqualTo("alice");
        assertThat(converter.convert(token().build()).getName()).isEqualTo("3f2c");
    }

    @Test
    void readsTheClaimsItIsConfiguredFor() {
        JwtRolesConverter custom = new JwtRolesConverter("groups", "email");
        AbstractAuthenticationToken authentication =
                custom.convert(token().claim("groups", List.of("AUDITOR")).claim("email", "a@welzo.co.uk").build());
        assertThat(authentication.getName()).isEqualTo("a@welzo.co.uk");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void readsRolesFromANestedClaimSuchAsKeycloaksRealmAccess() {
        JwtRolesConverter keycloak = new JwtRolesConverter("realm_access.roles", "preferred_username");
        assertThat(keycloak.convert(token().claim("realm_access", Map.of("roles", List.of("auditor", "AUDITOR"))).build())
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");
        assertThat(keycloak.convert(token().claim("realm_access", "AGENT").build()).getAuthorities()).isEmpty();
    }

    @Test
    void findsAClaimWhoseOwnNameHasDotsBeforeLookingInside() {
        JwtRolesConverter namespaced = new JwtRolesConverter("https://welzo.co.uk/roles", "preferred_username");
        assertThat(namespaced.convert(token().claim("https://welzo.co.uk/roles", List.of("ADMIN")).build())
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
    }
}
