package uk.co.welzo.klachten.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.co.welzo.klachten.platform.ProblemMatchers.problem;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "klachten.security.mode=jwt")
@AutoConfigureMockMvc
class JwtModeSecurityTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    JwtDecoder decoder;

    private void tokenWithRoles(String token, List<String> roles) {
        given(decoder.decode(token)).willReturn(Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("3f2c")
                .claim("preferred_username", "alice")
                .claim("roles", roles)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build());
    }

    @Test
    void letsATokenWithTheRightRoleIn() throws Exception {
        tokenWithRoles("agent-token", List.of("AGENT"));
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer agent-token"))
                .andExpect(status().isOk());
    }

    @Test
    void refusesATokenWithTheWrongRoleWithForbiddenProblem() throws Exception {
        tokenWithRoles("analyst-token", List.of("ANALYST"));
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer analyst-token"))
                .andExpect(problem(403, "FORBIDDEN", "forbidden"));
    }

    @Test
    void asksForABearerTokenWhenThereIsNone() throws Exception {
        mvc.perform(get("/probes/c-1"))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }

    @Test
    void refusesAnInvalidTokenWithUnauthenticatedProblem() throws Exception {
        given(decoder.decode(anyString())).willThrow(new BadJwtException("signature does not match"));
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer forged"))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\"")));
    }

    @Test
    void answersServiceUnavailableWhenTheIdentityProviderCannotBeReached() throws Exception {
        given(decoder.decode(anyString())).willThrow(new JwtException(
                "An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: Connection refused"));
        // a token never seen before: one verified earlier is remembered (VerifiedTokens) and needs no key set
        mvc.perform(get("/probes/c-1").header("Authorization", "Bearer first-seen-token"))
                .andExpect(problem(503, "SERVICE_UNAVAILABLE", "service-unavailable"))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(not(containsString("JWK"))));
    }

    @Test
    void verifiesATokenOnceNotOnEveryRequest() throws Exception {
        tokenWithRoles("repeated-token", List.of("AGENT"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/probes/c-1").header("Authorization", "Bearer repeated-token"))
                    .andExpect(status().isOk());
        }

        verify(decoder, times(1)).decode("repeated-token");
    }

    @Test
    void refusesBasicCredentialsInJwtMode() throws Exception {
        mvc.perform(get("/probes/c-1").header("Authorization", "Basic YWdlbnQ6ZGVtbw=="))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
    }
}
