package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/**
 * One id follows a request from its HTTP header through the command to the stored events and into
 * the log lines of the projections that handle them; with LOG_FORMAT=ecs those lines are JSON. The
 * plain-text test runs second, so it also shows that a JSON service before it leaves nothing behind.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrelationIdEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LODGE = """
            {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT",
             "complainant":{"name":"Ann Example","email":"ann@example.org"},
             "description":"The monitor arrived broken","product":"BP monitor",
             "receivedAt":"%s"}""";

    @Test
    @Order(1)
    @DisplayName("X-Correlation-Id test-123: answered, in the stored events, in the projections' JSON log lines")
    void followsTheRequestIntoEventsAndProjectionLogs(@TempDir Path dataDir, CapturedOutput output) throws Exception {
        try (RunningService service = RunningService.start(dataDir, "--LOG_FORMAT=ecs",
                "--logging.level.uk.co.welzo.klachten.platform.correlation=DEBUG")) {
            HttpResponse<String> lodged = service.exchange("POST", "/api/complaints", "intake",
                    LODGE.formatted("corr-1", Instant.now().minusSeconds(86_400)), "X-Correlation-Id", "test-123");

            assertThat(lodged.statusCode()).isEqualTo(201);
            assertThat(lodged.headers().firstValue("X-Correlation-Id")).hasValue("test-123");
            List<? extends DomainEventMessage<?>> events =
                    service.bean(EventStore.class).readEvents("corr-1").asStream().toList();
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.getPayload()).isInstanceOf(ComplaintLodged.class);
                assertThat(event.getMetaData()).containsEntry("requestCorrelationId", "test-123");
                // Axon's own origin metadata is still there beside it
                assertThat(event.getMetaData()).containsKeys("correlationId", "traceId");
            });

            for (String processor : List.of("cases", "queue", "sla", "trends")) {
                JsonNode line = awaitJsonLine(output, json -> json.path("message").asText()
                        .startsWith("processor " + processor + " handles ComplaintLodged"));
                assertThat(line.path("correlationId").asText()).as(processor).isEqualTo("test-123");
                assertThat(line.at("/log/level").asText()).isEqualTo("DEBUG");
            }
            // the hash chain covers payloads, not metadata: the new key leaves it intact
            JsonNode integrity = service.send("GET", "/api/audit/complaints/corr-1/integrity", "auditor", null).body();
            assertThat(integrity.path("intact").asBoolean()).isTrue();
        }
    }

    @Test
    @Order(2)
    @DisplayName("without LOG_FORMAT the embedded service logs plain text, and still answers a new id")
    void logsPlainTextByDefault(@TempDir Path dataDir, CapturedOutput output) {
        assumeTrue(System.getenv("LOG_FORMAT") == null, "LOG_FORMAT is set in this environment");
        try (RunningService service = RunningService.start(dataDir)) {
            HttpResponse<String> refused = service.exchange("GET", "/api/complaints/nobody", null, null,
                    "X-Correlation-Id", "not acceptable!");

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id ->
                    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        }
        // Boot's "Started <main class> in N seconds (process running for M)", plain
        assertThat(output.getOut().lines().filter(line -> line.contains("seconds (process running for")))
                .singleElement().satisfies(line -> assertThat(line).doesNotStartWith("{"));
    }

    private static JsonNode awaitJsonLine(CapturedOutput output, Predicate<JsonNode> wanted) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        do {
            Optional<JsonNode> found = output.getOut().lines()
                    .filter(line -> line.startsWith("{"))
                    .map(CorrelationIdEndToEndTest::parse)
                    .filter(wanted)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("no such JSON log line in:\n" + output.getOut());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("a log line that looks like JSON is not: " + line, e);
        }
    }
}
