package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What operators and orchestrators see of the embedded service: the two probes open to anyone, the
 * rest of the actuator (health with its components, info, the Prometheus scrape) to administrators
 * only, and in the scrape the command bus's and every read model processor's figures.
 */
class OperationsEndpointsTest {

    static final List<String> PROCESSORS = List.of("cases", "queue", "sla", "trends");
    static final List<String> ADMIN_ONLY = List.of(
            "/actuator", "/actuator/health", "/actuator/health/eventStore", "/actuator/info", "/actuator/prometheus");

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(dataDir);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("liveness and readiness answer anyone UP, without showing components")
    void probesAnswerAnyone() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            RunningService.Answer answer = service.send("GET", probe, null, null);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.body().path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(answer.body().has("components")).as(probe).isFalse();
        }
    }

    @Test
    @DisplayName("readiness, shown to an administrator, is the event store and the read-model database")
    void readinessCoversTheEventStoreAndTheReadModels() {
        JsonNode readiness = service.send("GET", "/actuator/health/readiness", "admin", null).body();

        assertThat(readiness.path("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "eventStore", "mongo");
        assertThat(readiness.at("/components/eventStore/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/eventStore/details/store").asText()).isEqualTo("EmbeddedEventStore");
        assertThat(readiness.at("/components/mongo/status").asText()).isEqualTo("UP");
    }

    @Test
    @DisplayName("the rest of the actuator: admin allowed, every other role 403, anonymous 401")
    void actuatorRoleMatrix() {
        for (String path : ADMIN_ONLY) {
            for (var user : QueryRoleMatrixTest.USERS.entrySet()) {
                if (user.getValue().equals("ADMIN")) {
                    continue;
                }
                assertThat(service.exchange("GET", path, user.getKey(), null).statusCode())
                        .as("GET %s as %s", path, user.getValue()).isEqualTo(403);
            }
            assertThat(service.exchange("GET", path, null, null).statusCode()).as("GET %s anonymous", path)
                    .isEqualTo(401);
            assertThat(service.exchange("GET", path, "admin", null).statusCode()).as("GET %s as ADMIN", path)
                    .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("only health, info and prometheus are exposed over HTTP")
    void exposesNoOtherEndpoint() {
        JsonNode links = service.send("GET", "/actuator", "admin", null).body().path("_links");
        assertThat(links.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("self", "health", "health-path", "info", "prometheus");
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/loggers")) {
            assertThat(service.exchange("GET", hidden, "admin", null).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("after a lodged complaint the scrape holds command timings and every processor's latency and lag")
    void scrapeHoldsCommandAndProcessorMetrics() throws Exception {
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"ops-1","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived broken","product":"BP monitor",
                 "receivedAt":"%s"}""".formatted(Instant.now().minusSeconds(86_400)));

        Scrape scrape = awaitScrape(s -> PROCESSORS.stream().allMatch(processor -> s.of(
                "eventProcessor_processedCounter_total", "processorName", processor, "payloadType", "ComplaintLodged")
                .stream().anyMatch(sample -> sample.value() >= 1)));

        assertThat(scrape.of("commandBus_successTimer_seconds_count", "payloadType", "LodgeComplaint"))
                .singleElement().satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
        assertThat(scrape.of("commandBus_successTimer_seconds_sum", "payloadType", "LodgeComplaint")).hasSize(1);
        assertThat(scrape.of("commandBus_successTimer_seconds_max", "payloadType", "LodgeComplaint")).hasSize(1);
        assertThat(scrape.of("commandBus_capacity", "payloadType", "LodgeComplaint")).hasSize(1);
        for (String processor : PROCESSORS) {
            assertThat(scrape.of("eventProcessor_latency", "processorName", processor)).as(processor).hasSize(1);
            assertThat(scrape.of("eventProcessor_successTimer_seconds_count", "processorName", processor,
                    "payloadType", "ComplaintLodged")).as(processor).hasSize(1);
            assertThat(scrape.of("eventProcessor_capacity", "processorName", processor)).as(processor).isNotEmpty();
            assertThat(scrape.of("klachten_processor_lag_events", "processorName", processor)).as(processor)
                    .singleElement().satisfies(sample -> assertThat(sample.value()).isNotNaN().isNotNegative());
        }
        assertThat(scrape.samples()).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", "klachten"));
    }

    @Test
    @DisplayName("a rebuild leaves the processors' figures to live events: replayed events are not counted again")
    void replayedEventsAreNotCounted() throws Exception {
        service.command("POST", "/api/complaints", "intake", ReplayTest.LODGE.formatted("ops-replay-1"));
        double live = awaitLodgedCount("queue", count -> count >= 1);

        RunningService.Answer started = service.send("POST", "/api/admin/replays", "admin", "{\"group\":\"queue\"}");
        assertThat(started.status()).isEqualTo(202);
        ReplayTest.awaitReplays(service, groups -> ReplayTest.caughtUp(ReplayTest.status(groups, "queue")));
        assertThat(service.send("GET", "/api/queue", "agent", null).body().toString())
                .as("the rebuilt queue (its reset cleared it)").contains("ops-replay-1");
        assertThat(lodgedCount(scrape(), "queue")).as("after the rebuild").isEqualTo(live);

        service.command("POST", "/api/complaints", "intake", ReplayTest.LODGE.formatted("ops-replay-2"));
        assertThat(awaitLodgedCount("queue", count -> count > live)).as("after one more live event").isEqualTo(live + 1);
    }

    private static double awaitLodgedCount(String processor, java.util.function.DoublePredicate ready)
            throws InterruptedException {
        return lodgedCount(awaitScrape(s -> ready.test(lodgedCount(s, processor))), processor);
    }

    private static double lodgedCount(Scrape scrape, String processor) {
        return scrape.of("eventProcessor_processedCounter_total", "processorName", processor,
                "payloadType", "ComplaintLodged").stream().mapToDouble(Scrape.Sample::value).sum();
    }

    private static Scrape scrape() {
        return Scrape.parse(service.exchange("GET", "/actuator/prometheus", "admin", null).body());
    }

    private static Scrape awaitScrape(java.util.function.Predicate<Scrape> ready) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        Scrape last;
        do {
            HttpResponse<String> response = service.exchange("GET", "/actuator/prometheus", "admin", null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain"));
            last = Scrape.parse(response.body());
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("the processors never reported the lodged complaint; last scrape: " + last.samples());
    }
}
