package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One complaint through both stages over HTTP against the embedded service, as its users would drive it. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandaloneLifecycleTest {

    static final String B = "/api/complaints/";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("klachten.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Test
    @DisplayName("R1-R5, R7: a complaint goes from lodging through escalation to closure over HTTP")
    void oneComplaintThroughBothStages() {
        RunningService service = RunningService.at(port);
        String reference = service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"e2e-1","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived broken","product":"BP monitor",
                 "receivedAt":"%s"}""".formatted(java.time.Instant.now().minusSeconds(86_400)))
                .body().get("reference").asText();
        service.command("POST", B + "e2e-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        service.command("PUT", B + "e2e-1/handler", "agent", "{\"handler\":\"agent2\"}");
        service.command("POST", B + "e2e-1/department-requests", "agent2",
                "{\"inquiryId\":\"wh-1\",\"department\":\"WAREHOUSE_MANAGEMENT\",\"question\":\"Packing?\"}");
        service.command("POST", B + "e2e-1/department-requests/wh-1/answer", "agent2", "{\"answer\":\"No padding\"}");
        service.command("POST", B + "e2e-1/communications", "agent2",
                "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"summary\":\"Findings explained\"}");
        service.resolve(B + "e2e-1", "agent2",
                "{\"outcome\":\"PARTLY_UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"packaging\",\"customerSignposted\":false}");
        service.command("POST", B + "e2e-1/escalation", "agent", "{\"reason\":\"Wants a replacement\"}");
        service.command("POST", B + "e2e-1/escalation/acknowledgement", "head",
                "{\"managerUserName\":\"manager\",\"managerName\":\"Sam Manager\",\"department\":\"Warehouse\"}");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/London")).plusDays(40);
        service.command("POST", B + "e2e-1/deadline-extensions", "manager", """
                {"newDeadline":"%s","reason":"Awaiting supplier report","channel":"EMAIL",
                 "summary":"Progress, reason for delay, new date"}""".formatted(later));
        // R4.2: the agent who handled stage 1 may not give the stage-2 resolution; the manager it was forwarded to may
        service.command("POST", B + "e2e-1/communications", "agent2", """
                {"communicationId":"agent-call","channel":"PHONE","direction":"OUTBOUND","summary":"Said we would look again"}""");
        RunningService.Answer byTheAgent = service.send("POST", B + "e2e-1/resolution", "agent2", """
                {"outcome":"NOT_UPHELD","remedy":"None","rootCause":"none","customerSignposted":true,
                 "findingsCommunicationId":"agent-call","review":{"summary":"Looked again"}}""");
        assertThat(byTheAgent.status()).isEqualTo(409);
        assertThat(byTheAgent.body().path("code").asText()).isEqualTo("NOT_THE_REVIEWING_MANAGER");
        service.resolve(B + "e2e-1", "manager",
                "{\"outcome\":\"UPHELD\",\"remedy\":\"Replacement\",\"rootCause\":\"supplier defect\",\"customerSignposted\":true,"
                        + "\"review\":{\"summary\":\"Reviewed the complaint and the stage-1 resolution\",\"furtherAction\":\"Replacement sent\"}}");
        service.command("POST", B + "e2e-1/closure", "agent", "{\"reason\":\"FINAL_RESPONSE_GIVEN\"}");

        JsonNode view = service.awaitView(B + "e2e-1", "agent", v -> "CLOSED".equals(v.path("status").asText()));
        assertThat(view.path("reference").asText()).isEqualTo(reference);
        assertThat(view.path("handler").asText()).isEqualTo("agent2");
        assertThat(view.path("outcome").asText()).isEqualTo("UPHELD");
        assertThat(view.path("inquiries").get(0).path("answer").asText()).isEqualTo("No padding");
        assertThat(view.path("timeline").size())
                .as("with the calls that told the findings at each stage (R3.3) and the agent's call; no refused step")
                .isEqualTo(16);
        JsonNode stageTwo = null;
        for (JsonNode deadline : view.path("deadlines")) {
            if ("STAGE_TWO_RESOLUTION".equals(deadline.path("kind").asText())) {
                stageTwo = deadline;
            }
        }
        assertThat(stageTwo).as("stage-two deadline in the view").isNotNull();
        assertThat(stageTwo.path("currentDue").asText()).isNotEqualTo(stageTwo.path("originalDue").asText());

        JsonNode byReference = service.awaitView(B + "by-reference/" + reference.toLowerCase().replace("-", "%20"),
                "manager", v -> true);
        assertThat(byReference.path("complaintId").asText()).isEqualTo("e2e-1");

        assertThat(service.send("GET", B + "e2e-1", "analyst", null).status()).isEqualTo(403);
        assertThat(service.send("GET", B + "by-reference/" + mistype(reference), "agent", null).status()).isEqualTo(400);
        assertThat(service.send("POST", B + "e2e-1/withdrawal", "agent", "{}").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("an operator sees the embedded service healthy: event store and read-model database answer")
    void healthIsUp() {
        RunningService service = RunningService.at(port);
        RunningService.Answer health = service.send("GET", "/actuator/health", "admin", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().at("/components/eventStore/status").asText()).isEqualTo("UP");
        assertThat(health.body().at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(service.send("GET", "/actuator/health", "agent", null).status()).isEqualTo(403);
    }

    private static String mistype(String reference) {
        char first = reference.charAt(0);
        char other = first == '7' ? '8' : '7';
        return other + reference.substring(1);
    }
}
