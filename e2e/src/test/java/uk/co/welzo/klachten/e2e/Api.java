package uk.co.welzo.klachten.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

/** One side's HTTP API, called as a demo user (password demo) would call it. */
final class Api {

    static final Duration EVENTUAL_CONSISTENCY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    record Answer(int status, JsonNode body) {
    }

    Answer send(String method, String path, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a command; anything but success fails the test with the problem the service answered. */
    JsonNode command(String method, String path, String user, String body) {
        Answer answer = send(method, path, user, body);
        if (answer.status() >= 300) {
            throw new AssertionError(method + " " + path + " as " + user + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /**
     * Resolves the stage under way of the complaint at {@code complaint} (its path) as {@code user}, as the procedure
     * asks (R3.3): first the outbound call that told the customer the findings, then {@code resolution} (a JSON
     * object) naming it. Answers the call's communication id.
     */
    String resolve(String complaint, String user, String resolution) {
        String told = "findings-" + UUID.randomUUID();
        command("POST", complaint + "/communications", user, JSON.createObjectNode().put("communicationId", told)
                .put("channel", "PHONE").put("direction", "OUTBOUND")
                .put("summary", "Told the customer the findings and the proposed resolution").toString());
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(resolution);
            command("POST", complaint + "/resolution", user, body.put("findingsCommunicationId", told).toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + resolution, e);
        }
        return told;
    }

    /** Reads until the (eventually consistent) answer satisfies the condition. */
    JsonNode await(String path, String user, Predicate<JsonNode> condition) {
        Instant giveUp = Instant.now().plus(EVENTUAL_CONSISTENCY);
        Answer last = null;
        while (Instant.now().isBefore(giveUp)) {
            last = send("GET", path, user, null);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            pause();
        }
        throw new AssertionError("GET " + path + " as " + user + " never satisfied the condition within "
                + EVENTUAL_CONSISTENCY + "; last answer " + (last == null ? null : last.status() + " " + last.body()));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
