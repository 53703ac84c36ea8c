package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lodge answered 201 survives the service being killed (SIGKILL) at any moment: after a restart on the same data
 * directory the complaint is there with the reference it was answered with, in the event store (lodging it again
 * answers the same reference) and, once the read models have caught up, in the case view.
 */
class CrashDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 3;
    private static final int THREADS = 4;

    private final Map<String, String> answered = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    @Test
    void keepsEveryAnsweredLodgeAcrossKills(@TempDir Path dataDir) throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve(getClass().getSimpleName() + "-service.log");
        Files.deleteIfExists(log);
        for (int round = 0; round < ROUNDS; round++) {
            ServiceProcess service = ServiceProcess.start(dataDir, log, "--klachten.sla.alarms-enabled=false");
            try {
                assertStored(service);
                lodgeUntilKilled(service, 500 + ThreadLocalRandom.current().nextInt(1_500));
            } finally {
                service.kill();
            }
        }
        ServiceProcess last = ServiceProcess.start(dataDir, log, "--klachten.sla.alarms-enabled=false");
        try {
            assertThat(answered).as("lodges answered 201 before the kills")
                    .hasSizeGreaterThanOrEqualTo(ROUNDS * THREADS);
            assertStored(last);
            assertViewed(last);
        } finally {
            last.kill();
        }
    }

    /** Lodges from several threads, recording each complaint answered 201, and kills the service amid the lodging. */
    private void lodgeUntilKilled(ServiceProcess service, long killAfterMillis) throws Exception {
        ExecutorService lodgers = Executors.newFixedThreadPool(THREADS);
        for (int thread = 0; thread < THREADS; thread++) {
            lodgers.execute(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String id = "crash-" + next.incrementAndGet();
                    try {
                        HttpResponse<String> response = service.send("POST", "/api/complaints", "intake", lodge(id));
                        if (response.statusCode() == 201) {
                            answered.put(id, JSON.readTree(response.body()).path("reference").asText());
                        }
                    } catch (IOException | InterruptedException killedMidRequest) {
                        return;
                    }
                }
            });
        }
        // from the first answers on, so that a slow start (a cold JVM, a busy machine) still kills mid-stream
        int before = answered.size();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (answered.size() < before + THREADS && Instant.now().isBefore(giveUp)) {
            Thread.sleep(20);
        }
        Thread.sleep(killAfterMillis);
        service.kill();
        lodgers.shutdownNow();
        assertThat(lodgers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The event store has every answered lodge: lodging it again is a retry and answers the same reference. */
    private void assertStored(ServiceProcess service) throws Exception {
        for (Map.Entry<String, String> lodged : answered.entrySet()) {
            HttpResponse<String> again = service.send("POST", "/api/complaints", "intake", lodge(lodged.getKey()));
            assertThat(again.statusCode()).as("lodging %s again", lodged.getKey()).isEqualTo(201);
            assertThat(JSON.readTree(again.body()).path("reference").asText())
                    .as("reference of %s, answered before a kill", lodged.getKey()).isEqualTo(lodged.getValue());
        }
    }

    /**
     * The case view of every answered lodge shows its reference, and its complainant's texts decrypted, once the read
     * models have caught up.
     */
    private void assertViewed(ServiceProcess service) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(30);
        for (Map.Entry<String, String> lodged : answered.entrySet()) {
            HttpResponse<String> view = service.send("GET", "/api/complaints/" + lodged.getKey(), "agent", null);
            while (view.statusCode() == 404 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
                view = service.send("GET", "/api/complaints/" + lodged.getKey(), "agent", null);
            }
            assertThat(view.statusCode()).as("case view of %s", lodged.getKey()).isEqualTo(200);
            assertThat(JSON.readTree(view.body()).path("reference").asText()).isEqualTo(lodged.getValue());
            // R8.2: the complainant's key was on disk before the event it encrypts, so the texts read back
            assertThat(JSON.readTree(view.body()).path("complainant").path("name").asText())
                    .as("the complainant of %s, decrypted after the kills", lodged.getKey()).isEqualTo("Ann Example");
            assertThat(JSON.readTree(view.body()).path("description").asText())
                    .isEqualTo("The blood-pressure monitor arrived broken");
        }
    }

    private static String lodge(String id) {
        return """
                {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The blood-pressure monitor arrived broken","product":"BP monitor"}""".formatted(id);
    }
}
