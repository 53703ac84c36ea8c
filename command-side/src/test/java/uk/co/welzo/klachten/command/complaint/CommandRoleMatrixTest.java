package uk.co.welzo.klachten.command.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.co.welzo.klachten.command.CommandSideApplication;

/**
 * Every command endpoint has an authorisation rule: each allowed role gets past security, every
 * other role gets 403, and nobody anonymous gets in (401).
 */
@SpringBootTest(classes = CommandSideApplication.class, properties = {
        "spring.config.name=command-side", "axon.axonserver.enabled=false", "klachten.security.mode=demo"})
@AutoConfigureMockMvc
@Import(CommandApiTestConfiguration.class)
class CommandRoleMatrixTest {

    /** Demo users by role (platform's demo user store). */
    static final Map<String, String> USERS = Map.of(
            "INTAKE", "intake", "AGENT", "agent", "HEAD_OF_CUSTOMER_SERVICE", "head",
            "DEPARTMENT_MANAGER", "manager", "ANALYST", "analyst", "AUDITOR", "auditor", "ADMIN", "admin",
            "DATA_PROTECTION_OFFICER", "dpo");

    static final Set<String> STAFF = Set.of("AGENT", "HEAD_OF_CUSTOMER_SERVICE");
    static final Set<String> INVESTIGATORS = Set.of("AGENT", "HEAD_OF_CUSTOMER_SERVICE", "DEPARTMENT_MANAGER");
    static final Set<String> DPO = Set.of("DATA_PROTECTION_OFFICER");

    record Endpoint(HttpMethod method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String ID = "/api/complaints/role-matrix-1";
    static final String ACTION = "/api/improvement-actions/role-matrix-unknown-action";
    static final Set<String> RAISERS = Set.of("ANALYST", "HEAD_OF_CUSTOMER_SERVICE");
    static final Set<String> ACTION_OWNERS = Set.of("DEPARTMENT_MANAGER", "HEAD_OF_CUSTOMER_SERVICE");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(HttpMethod.POST, "/api/complaints", CommandApiTest.LODGE.formatted("role-matrix-lodge"),
                        Set.of("INTAKE", "AGENT", "HEAD_OF_CUSTOMER_SERVICE")),
                new Endpoint(HttpMethod.POST, ID + "/acknowledgement", "{\"channel\":\"EMAIL\"}", STAFF),
                new Endpoint(HttpMethod.PUT, ID + "/handler", "{\"handler\":\"agent\"}", STAFF),
                new Endpoint(HttpMethod.PUT, ID + "/category", "{\"category\":\"SERVICE\",\"reason\":\"r\"}", STAFF),
                new Endpoint(HttpMethod.POST, ID + "/notes", "{\"note\":\"n\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/department-requests",
                        "{\"department\":\"WAREHOUSE_MANAGEMENT\",\"question\":\"q\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/department-requests/i1/answer", "{\"answer\":\"a\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/communications",
                        "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"summary\":\"s\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/letters",
                        "{\"kind\":\"STAGE_ONE_OUTCOME\",\"findings\":\"f\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/resolution",
                        "{\"outcome\":\"UPHELD\",\"remedy\":\"r\",\"rootCause\":\"c\",\"customerSignposted\":false,"
                                + "\"findingsCommunicationId\":\"call-1\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/escalation", "{\"reason\":\"r\"}", STAFF),
                new Endpoint(HttpMethod.POST, ID + "/escalation/acknowledgement",
                        "{\"managerUserName\":\"manager\",\"managerName\":\"M\",\"department\":\"Pharmacy\"}", Set.of("HEAD_OF_CUSTOMER_SERVICE")),
                new Endpoint(HttpMethod.POST, ID + "/deadline-extensions",
                        "{\"newDeadline\":\"2030-01-01\",\"reason\":\"r\",\"channel\":\"EMAIL\",\"summary\":\"s\"}", INVESTIGATORS),
                new Endpoint(HttpMethod.POST, ID + "/closure", "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}", STAFF),
                new Endpoint(HttpMethod.POST, ID + "/withdrawal", "{\"reason\":\"r\"}", STAFF),
                new Endpoint(HttpMethod.POST, ID + "/external-referrals", "{\"body\":\"Ombudsman\"}", STAFF),
                // R8.2 erasure and legal hold: the data-protection officer only
                new Endpoint(HttpMethod.POST, ID + "/erasure",
                        "{\"ground\":\"CONSENT_WITHDRAWN\",\"requester\":\"DATA_SUBJECT\",\"requestReference\":\"r\"}",
                        DPO),
                new Endpoint(HttpMethod.POST, ID + "/legal-hold", "{\"reason\":\"r\"}", DPO),
                new Endpoint(HttpMethod.POST, ID + "/legal-hold/release", "{\"reason\":\"r\"}", DPO),
                // R6.3 improvement actions: the head and analysts raise and link, the owning manager or the head step
                new Endpoint(HttpMethod.POST, "/api/improvement-actions", """
                        {"actionId":"role-matrix-action","title":"t","problem":{"kind":"PRODUCT","value":"p"},
                         "owningDepartment":"Warehouse","owner":"manager","due":"2099-01-01"}""", RAISERS),
                new Endpoint(HttpMethod.POST, ACTION + "/links", "{\"complaintId\":\"c-1\",\"why\":\"w\"}", RAISERS),
                new Endpoint(HttpMethod.DELETE, ACTION + "/links/c-1?why=w", "", RAISERS),
                new Endpoint(HttpMethod.POST, ACTION + "/agreement", "", ACTION_OWNERS),
                new Endpoint(HttpMethod.POST, ACTION + "/start", "", ACTION_OWNERS),
                new Endpoint(HttpMethod.POST, ACTION + "/completion", "{\"whatWasDone\":\"w\"}", ACTION_OWNERS),
                new Endpoint(HttpMethod.POST, ACTION + "/effect-review", "{\"finding\":\"f\"}", ACTION_OWNERS),
                new Endpoint(HttpMethod.POST, ACTION + "/drop", "{\"reason\":\"r\"}", ACTION_OWNERS));
    }

    static Stream<Endpoint> endpointStream() {
        return endpoints().stream();
    }

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder request(Endpoint endpoint) {
        return MockMvcRequestBuilders.request(endpoint.method(), endpoint.path())
                .contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointStream")
    void allowedRolesPassAndOthersAreForbidden(Endpoint endpoint) throws Exception {
        for (var user : USERS.entrySet()) {
            int status = mvc.perform(request(endpoint).with(httpBasic(user.getValue(), "demo")))
                    .andReturn().getResponse().getStatus();
            if (endpoint.allowed().contains(user.getKey())) {
                assertThat(status).as("%s as %s", endpoint, user.getKey()).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s as %s", endpoint, user.getKey()).isEqualTo(403);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointStream")
    void anonymousIsUnauthorised(Endpoint endpoint) throws Exception {
        int status = mvc.perform(request(endpoint)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointStream")
    void wrongPasswordIsUnauthorised(Endpoint endpoint) throws Exception {
        int status = mvc.perform(request(endpoint).with(httpBasic("head", "not-the-password")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(401);
    }
}
