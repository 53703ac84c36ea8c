package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff search on the running service: lodged over HTTP, found by what the customer says on the phone. */
class SearchEndToEndTest {

    static final String LODGE = """
            {"complaintId":"%s","channel":"PHONE","category":"SERVICE","orderNumber":"%s",
             "complainant":{"name":"%s","email":"%s","phone":"%s"},"description":"Refund never arrived"}""";

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false");
        service.command("POST", "/api/complaints", "intake",
                LODGE.formatted("find-1", "W-5501", "Siobhán O'Neill", "siobhan.oneill@example.ie", "07700 900461"));
        service.command("POST", "/api/complaints", "intake",
                LODGE.formatted("find-2", "W-5502", "Sean O'Neill", "sean@example.com", "+44 20 7946 0999"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private JsonNode awaitHits(String text, int count) {
        String body = "{\"text\":\"" + text + "\"}";
        for (int attempt = 0; attempt < 150; attempt++) {
            RunningService.Answer answer = service.send("POST", "/api/search/complaints", "agent", body);
            assertThat(answer.status()).isEqualTo(200);
            if (answer.body().path("hits").size() == count) {
                return answer.body();
            }
            sleep();
        }
        throw new AssertionError("the search for " + text + " never found " + count + " complaint(s)");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a name without its accent, a phone number as said aloud, an order number's start, an e-mail's start")
    void findsWhatTheCustomerSays() {
        assertThat(awaitHits("siobhan o'neill", 1).path("hits").get(0).path("complaintId").asText()).isEqualTo("find-1");
        assertThat(awaitHits("0 7 7 0 0  9 0 0 4 6 1", 1).path("hits").get(0).path("complaintId").asText()).isEqualTo("find-1");
        assertThat(awaitHits("o'neill", 2).path("hits").get(0).path("complaintId").asText())
                .as("newest first").isEqualTo("find-2");
        assertThat(awaitHits("w-550", 2).path("more").asBoolean()).isFalse();
        assertThat(awaitHits("sean@example.co", 0).path("hits").size()).as("an address is exact").isZero();
        assertThat(awaitHits("sean@example.com", 1).path("hits").get(0).path("matchedOn").get(0).asText()).isEqualTo("email");
    }

    @Test
    @DisplayName("analysts never see personal data: the search is refused to them")
    void analystsAreRefused() {
        assertThat(service.send("POST", "/api/search/complaints", "analyst", "{\"text\":\"sean\"}").status()).isEqualTo(403);
    }
}
