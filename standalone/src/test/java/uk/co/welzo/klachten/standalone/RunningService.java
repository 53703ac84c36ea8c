package uk.co.welzo.klachten.standalone;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded service started for real on a data directory, driven over HTTP like a user would. */
final class RunningService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Drives a service that a {@code @SpringBootTest} started; closing it leaves the context to Spring. */
    static RunningService at(int port) {
        return new RunningService(null, "http://127.0.0.1:" + port);
    }

    private RunningService(ConfigurableApplicationContext context, String base) {
        this.context = context;
        this.base = base;
    }

    static RunningService start(Path dataDir, String... extraArguments) {
        return start(dataDir, new Class<?>[0], extraArguments);
    }

    /** Starts the service with extra configuration classes (e.g. a test clock) and extra arguments. */
    static RunningService start(Path dataDir, Class<?>[] extraSources, String... extraArguments) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = StandaloneApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        String[] arguments = new String[extraArguments.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--klachten.data-dir=" + dataDir;
        System.arraycopy(extraArguments, 0, arguments, 2, extraArguments.length);
        return new RunningService(new SpringApplicationBuilder(sources).run(arguments));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    record Answer(int status, JsonNode body) {
    }

    /** Sends a request as a demo user (password demo), or anonymously when user is null. */
    Answer send(String method, String path, String user, String body) {
        HttpResponse<String> response = exchange(method, path, user, body);
        try {
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " answered no JSON", e);
        }
    }

    /** Sends a request with extra headers (name, value, ...) and answers the response as it came, body as text. */
    HttpResponse<String> exchange(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Command succeeded or the test fails with the problem the service answered. */
    Answer command(String method, String path, String user, String body) {
        Answer answer = send(method, path, user, body);
        if (answer.status() >= 300) {
            throw new AssertionError(method + " " + path + " as " + user + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /**
     * Resolves the stage under way of the complaint at {@code complaint} (its path) as {@code user}, as the procedure
     * asks (R3.3): first the outbound call that told the customer the findings, at the resolution's {@code occurredAt}
     * when it gives one, then {@code resolution} (a JSON object) naming it. Answers the call's communication id.
     */
    String resolve(String complaint, String user, String resolution) {
        String told = "findings-" + UUID.randomUUID();
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(resolution);
            ObjectNode call = JSON.createObjectNode().put("communicationId", told).put("channel", "PHONE")
                    .put("direction", "OUTBOUND").put("summary", "Told the customer the findings and the proposed resolution");
            if (body.hasNonNull("occurredAt")) {
                call.set("occurredAt", body.get("occurredAt"));
            }
            command("POST", complaint + "/communications", user, call.toString());
            command("POST", complaint + "/resolution", user, body.put("findingsCommunicationId", told).toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + resolution, e);
        }
        return told;
    }

    /** Reads until the (eventually consistent) read model satisfies the condition, for up to 15 seconds. */
    JsonNode awaitView(String path, String user, Predicate<JsonNode> condition) {
        Instant giveUp = Instant.now().plusSeconds(15);
        Answer last = null;
        while (Instant.now().isBefore(giveUp)) {
            last = send("GET", path, user, null);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("read model never satisfied the condition; last answer " + (last == null ? null : last.status() + " " + last.body()));
    }

    /** Waits, for up to 15 seconds, until the processing group has handled every event stored so far. */
    void awaitCaughtUp(String group) {
        StreamingEventProcessor processor = bean(EventProcessingConfiguration.class)
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no streaming processor " + group));
        long head = bean(EventStore.class).createHeadToken().position().orElse(-1);
        Instant giveUp = Instant.now().plusSeconds(15);
        while (!processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(group + " never caught up with position " + head);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
