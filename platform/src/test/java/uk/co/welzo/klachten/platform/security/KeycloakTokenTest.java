package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.co.welzo.klachten.platform.ProblemMatchers.problem;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tokens shaped and signed as Keycloak issues them (realm roles in {@code realm_access.roles}), checked by a real
 * decoder with the signing key's public half: the signature, the issuer and the role mapping all take part.
 */
@SpringBootTest(properties = {"klachten.security.mode=jwt", "klachten.security.jwt.roles-claim=realm_access.roles"})
@AutoConfigureMockMvc
class KeycloakTokenTest {

    static final String ISSUER = "http://localhost:8080/auth/realms/klachten";
    static final RSAKey KEYCLOAK = key("keycloak");

    @TestConfiguration
    static class Issuer {
        @Bean
        JwtDecoder keycloakDecoder() throws JOSEException {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEYCLOAK.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JwtDecoder decoder;

    @Test
    void grantsTheRealmRolesOfASignedKeycloakToken() throws Exception {
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer " + token(KEYCLOAK, ISSUER, "AGENT")))
                .andExpect(status().isOk());
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer " + token(KEYCLOAK, ISSUER, "ANALYST")))
                .andExpect(problem(403, "FORBIDDEN", "forbidden"));
    }

    @Test
    void namesTheCallerByTheirUserNameAndIgnoresKeycloaksOwnRoles() throws Exception {
        var authentication = new JwtRolesConverter("realm_access.roles", "preferred_username")
                .convert(decoder.decode(token(KEYCLOAK, ISSUER, "HEAD_OF_CUSTOMER_SERVICE", "offline_access")));
        assertThat(authentication.getName()).isEqualTo("sam.head");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_HEAD_OF_CUSTOMER_SERVICE");
        assertThat(Roles.of(authentication)).extracting(Enum::name).containsExactly("HEAD_OF_CUSTOMER_SERVICE");
    }

    @Test
    void refusesATokenSignedByAnotherKeyOrFromAnotherIssuer() throws Exception {
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer " + token(key("forger"), ISSUER, "AGENT")))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
        mvc.perform(get("/probes/c-1").header("Authorization",
                        "Bearer " + token(KEYCLOAK, "http://localhost:8080/auth/realms/other", "AGENT")))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
    }

    static String token(RSAKey key, String issuer, String... roles) throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject("6b1d3c0e-5f0a-4c1e-9a57-0d2f3f6b8e11")
                        .audience("klachten-api")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300)))
                        .claim("preferred_username", "sam.head")
                        .claim("realm_access", Map.of("roles", List.of(roles)))
                        .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account"))))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
