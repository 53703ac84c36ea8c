package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live updates as server-sent events, end to end on the embedded service: a staff console keeps the work queue open
 * and sees a complaint appear the moment it is lodged; the SLA board and reports answer only the roles allowed.
 */
class LiveUpdatesTest {

    private static final Map<String, String> USERS = QueryRoleMatrixTest.USERS;
    private static final Set<String> QUEUE_READERS = QueryRoleMatrixTest.CASE_READERS;
    private static final Set<String> SLA_READERS = Set.of("AGENT", "HEAD_OF_CUSTOMER_SERVICE", "DEPARTMENT_MANAGER",
            "ANALYST");

    @TempDir
    static Path dataDir;
    static RunningService service;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        // a short heartbeat, so a disconnected client is noticed within a second
        service = RunningService.start(dataDir, "--klachten.live.heartbeat=PT1S");
        base = "http://127.0.0.1:" + service.bean(org.springframework.core.env.Environment.class)
                .getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** An open answer, usually an event stream: its status, and its lines as they arrive, read on a thread of their own. */
    record Stream(int status, String contentType, BlockingQueue<String> lines, InputStream body) implements AutoCloseable {

        /** Waits for a line containing the text; fails after the timeout. */
        String await(String text, Duration timeout) throws InterruptedException {
            Instant giveUp = Instant.now().plus(timeout);
            while (Instant.now().isBefore(giveUp)) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.contains(text)) {
                    return line;
                }
            }
            throw new AssertionError("no line with " + text + " within " + timeout);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    static Stream open(String path, String user) throws Exception {
        String accept = path.contains("/stream") ? "text/event-stream" : "application/json";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<InputStream> response = http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(10, TimeUnit.SECONDS);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException | UncheckedIOException closed) {
                // the test closed the stream
            }
        }, "sse-reader " + path);
        reader.setDaemon(true);
        reader.start();
        return new Stream(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), lines,
                response.body());
    }

    @Test
    @DisplayName("an agent watching GET /api/queue/stream gets the current page, then a lodged complaint's row within seconds")
    void lodgedComplaintAppearsOnTheQueueStream() throws Exception {
        try (Stream queue = open("/api/queue/stream", "agent")) {
            assertThat(queue.status()).isEqualTo(200);
            assertThat(queue.contentType()).startsWith("text/event-stream");
            queue.await("event:page", Duration.ofSeconds(10));

            String reference = service.command("POST", "/api/complaints", "intake", """
                    {"complaintId":"live-1","channel":"WEB_FORM","category":"SERVICE",
                     "complainant":{"name":"Lee Example"},"description":"Parcel never came"}""")
                    .body().get("reference").asText();

            String row = queue.await("\"complaintId\":\"live-1\"", Duration.ofSeconds(5));
            assertThat(row).startsWith("data:").contains(reference).contains("\"status\":\"RECEIVED\"")
                    .doesNotContain("Lee Example");
        }
    }

    @Test
    @DisplayName("closing the stream ends the Axon subscription query behind it")
    void disconnectEndsTheSubscription() throws Exception {
        QueryUpdateEmitter emitter = service.bean(QueryUpdateEmitter.class);
        int before = emitter.activeSubscriptions().size();
        Stream queue = open("/api/queue/stream?status=RECEIVED", "head");
        queue.await("event:page", Duration.ofSeconds(10));
        assertThat(emitter.activeSubscriptions()).hasSize(before + 1);

        queue.close();
        Instant giveUp = Instant.now().plusSeconds(10);
        while (emitter.activeSubscriptions().size() > before && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(emitter.activeSubscriptions()).hasSize(before);
    }

    @Test
    @DisplayName("the SLA board stream starts with the current breaches")
    void breachStreamStartsWithCurrentBreaches() throws Exception {
        try (Stream board = open("/api/sla/breaches/stream", "analyst")) {
            assertThat(board.status()).isEqualTo(200);
            board.await("event:breaches", Duration.ofSeconds(10));
            assertThat(board.await("data:", Duration.ofSeconds(5))).contains("\"breaches\":[");
        }
    }

    @Test
    @DisplayName("R8.1 role matrix of the new endpoints: allowed 200, other roles 403, anonymous 401")
    void roleMatrix() throws Exception {
        Map<String, Set<String>> endpoints = Map.of(
                "/api/sla/compliance?period=WEEK&from=2026-01-05T00:00:00Z&to=2026-02-02T00:00:00Z", SLA_READERS,
                "/api/sla/breaches", SLA_READERS,
                "/api/sla/breaches/stream", SLA_READERS,
                "/api/queue/stream", QUEUE_READERS);
        for (var endpoint : endpoints.entrySet()) {
            for (var user : USERS.entrySet()) {
                try (Stream answer = open(endpoint.getKey(), user.getKey())) {
                    assertThat(answer.status()).as("%s as %s", endpoint.getKey(), user.getValue())
                            .isEqualTo(endpoint.getValue().contains(user.getValue()) ? 200 : 403);
                }
            }
            try (Stream anonymous = open(endpoint.getKey(), null)) {
                assertThat(anonymous.status()).as("%s anonymous", endpoint.getKey()).isEqualTo(401);
            }
        }
    }

    @Test
    @DisplayName("compliance answers every week of the range with shares and counts; a range that ends before it starts is a 400")
    void complianceOverHttp() {
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"live-2","channel":"EMAIL","category":"SERVICE",
                 "complainant":{"name":"Kim Example"},"description":"Wrong item"}""");
        service.command("POST", "/api/complaints/live-2/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        Instant now = Instant.now();
        String range = "from=" + now.minus(Duration.ofDays(8)) + "&to=" + now.plus(Duration.ofDays(1));
        var view = service.awaitView("/api/sla/compliance?period=DAY&" + range, "analyst",
                body -> body.path("periods").findValues("acknowledgedWithin48Hours").stream()
                        .anyMatch(share -> share.path("met").asLong() >= 1));
        assertThat(view.path("period").asText()).isEqualTo("DAY");
        assertThat(view.path("periods").size()).isBetween(9, 10);
        assertThat(view.toString()).doesNotContain("Kim Example").doesNotContain("Wrong item");

        RunningService.Answer backwards = service.send("GET", "/api/sla/compliance?period=WEEK&from="
                + now + "&to=" + now.minus(Duration.ofDays(1)), "analyst", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("code").asText()).isEqualTo("INVALID_INPUT");
        Set<Integer> statuses = new HashSet<>();
        statuses.add(service.send("GET", "/api/sla/compliance?period=FORTNIGHT&" + range, "analyst", null).status());
        assertThat(statuses).containsExactly(400);
    }
}
