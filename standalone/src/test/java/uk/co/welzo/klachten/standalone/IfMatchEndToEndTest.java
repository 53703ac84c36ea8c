package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people act on one complaint from the same reading of it: the first one's change stands, the second is told the
 * complaint changed and what changed, and succeeds after reading it again. Over HTTP, as the staff console will.
 */
class IfMatchEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String C = "/api/complaints/if-match-1";

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false");
        // by letter, so that staff acknowledge it (a written complaint with an address is acknowledged automatically, R2)
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"if-match-1","channel":"LETTER","category":"SERVICE",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"Nobody called me back"}""");
        service.command("POST", C + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("the second of two people acting on the same version gets 412 with what changed, then succeeds on the new version")
    void secondWriterIsToldWhatChanged() throws Exception {
        service.awaitView(C, "agent", view -> view.path("version").asLong() == 1);
        HttpResponse<String> read = service.exchange("GET", C, "agent", null);
        String tag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).isEqualTo("\"1\"");
        assertThat(JSON.readTree(read.body()).path("version").asLong()).isEqualTo(1);

        HttpResponse<String> first = service.exchange("PUT", C + "/handler", "agent",
                "{\"handler\":\"agent\"}", "If-Match", tag);
        assertThat(first.statusCode()).isEqualTo(204);

        HttpResponse<String> second = service.exchange("POST", C + "/notes", "agent2",
                "{\"note\":\"Called the customer\"}", "If-Match", tag);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(second.body());
        assertThat(problem.path("code").asText()).isEqualTo("COMPLAINT_CHANGED");
        assertThat(problem.path("type").asText()).endsWith("/complaint-changed");
        assertThat(problem.path("detail").asText()).contains("since version 1", "at version 2");
        assertThat(problem.path("changes")).hasSize(1);
        assertThat(problem.path("changes").get(0).path("sequence").asLong()).isEqualTo(2);
        assertThat(problem.path("changes").get(0).path("type").asText()).isEqualTo("ComplaintAssigned");
        assertThat(problem.path("changes").get(0).path("summary").asText()).isEqualTo("Assigned to agent");

        JsonNode reread = service.awaitView(C, "agent2", view -> view.path("version").asLong() == 2);
        assertThat(reread.path("timeline")).noneMatch(step -> step.path("type").asText().equals("InvestigationNoteRecorded"));
        HttpResponse<String> retried = service.exchange("POST", C + "/notes", "agent2",
                "{\"note\":\"Called the customer\"}", "If-Match", "\"" + reread.path("version").asLong() + "\"");
        assertThat(retried.statusCode()).isEqualTo(204);
        service.awaitView(C, "agent", view -> view.path("version").asLong() == 3);
    }

    @Test
    @DisplayName("the OpenAPI document names If-Match and its 412 on the commands, and the ETag of the case view")
    void documentsTheHeadersAndTheAnswer() throws Exception {
        JsonNode paths = JSON.readTree(service.exchange("GET", "/v3/api-docs", "agent", null).body()).path("paths");
        JsonNode note = paths.path("/api/complaints/{complaintId}/notes").path("post");
        assertThat(note.path("parameters")).anyMatch(p -> p.path("name").asText().equals("If-Match")
                && p.path("in").asText().equals("header"));
        assertThat(note.path("responses").has("412")).isTrue();
        assertThat(paths.path("/api/complaints").path("post").path("responses").has("412")).isFalse();
        assertThat(paths.path("/api/complaints/{complaintId}").path("get").path("responses").path("200")
                .path("headers").has("ETag")).isTrue();
    }

    @Test
    @DisplayName("a malformed If-Match is a 400 naming the header, and nothing is recorded")
    void malformedIfMatchIsBadInput() throws Exception {
        HttpResponse<String> answer = service.exchange("POST", C + "/notes", "agent",
                "{\"note\":\"Weak tag\"}", "If-Match", "W/\"1\"");
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("If-Match");
    }
}
