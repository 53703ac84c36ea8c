package uk.co.welzo.klachten.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.co.welzo.klachten.platform.ProblemMatchers.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "management.endpoint.health.probes.enabled=true")
@AutoConfigureMockMvc
class DemoModeSecurityTest {

    private static final String LODGE = """
            {"complaintId":"c-1","summary":"Late delivery","channel":"EMAIL","copies":1}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectProvider<JwtDecoder> jwtDecoder;

    @ParameterizedTest
    @CsvSource({
            "intake, ROLE_INTAKE",
            "agent, ROLE_AGENT",
            "agent2, ROLE_AGENT",
            "head, ROLE_HEAD_OF_CUSTOMER_SERVICE",
            "manager, ROLE_DEPARTMENT_MANAGER",
            "analyst, ROLE_ANALYST",
            "auditor, ROLE_AUDITOR",
            "admin, ROLE_ADMIN"})
    void offersOneDemoUserPerRoleWithAnEncodedPassword(String username, String authority) {
        var user = users.loadUserByUsername(username);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly(authority);
        assertThat(user.getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void startsWithoutAnyTokenIssuer() {
        assertThat(jwtDecoder.getIfAvailable()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "agent2", "head"})
    void letsTheRightRolesIn(String username) throws Exception {
        mvc.perform(get("/probes/c-1").with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("c-1"));
    }

    @Test
    void letsIntakeLodge() throws Exception {
        mvc.perform(post("/probes").with(httpBasic("intake", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(LODGE))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "manager", "analyst", "auditor", "admin"})
    void refusesTheWrongRoleWithForbiddenProblem(String username) throws Exception {
        mvc.perform(get("/probes/c-1").with(httpBasic(username, "demo")))
                .andExpect(problem(403, "FORBIDDEN", "forbidden"))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.instance").value("/probes/c-1"));
    }

    @Test
    void refusesLodgingByAnAgentWithForbiddenProblem() throws Exception {
        mvc.perform(post("/probes").with(httpBasic("agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(LODGE))
                .andExpect(problem(403, "FORBIDDEN", "forbidden"));
    }

    @Test
    void asksAnAnonymousCallerToSignInWithBasic() throws Exception {
        mvc.perform(get("/probes/c-1"))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"klachten\""))
                .andExpect(jsonPath("$.title").value("Unauthenticated"));
    }

    @Test
    void asksAnAnonymousCallerToSignInEvenForAnUnknownPath() throws Exception {
        mvc.perform(get("/nowhere"))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
    }

    @Test
    void refusesAWrongPasswordWithUnauthenticatedProblem() throws Exception {
        mvc.perform(get("/probes/c-1").with(httpBasic("agent", "wrong")))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"klachten\""));
    }

    @Test
    void refusesAnUnknownUserWithUnauthenticatedProblem() throws Exception {
        mvc.perform(get("/probes/c-1").with(httpBasic("mallory", "demo")))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
    }

    @Test
    void publishesTheApiDescriptionToAnyone() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Klachten"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.bearerFormat").value("JWT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void answersTheProbesToAnyone(String probe) throws Exception {
        mvc.perform(get(probe))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void showsTheRestOfTheActuatorToAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(problem(401, "UNAUTHENTICATED", "unauthenticated"));
        mvc.perform(get("/actuator/health").with(httpBasic("analyst", "demo")))
                .andExpect(problem(403, "FORBIDDEN", "forbidden"));
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void keepsNoSession() throws Exception {
        var result = mvc.perform(get("/probes/c-1").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
    }
}
