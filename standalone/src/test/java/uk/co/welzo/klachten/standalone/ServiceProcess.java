package uk.co.welzo.klachten.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The embedded service in a JVM of its own, started from the test's class path on a data directory, so that a test can
 * kill it as hard as a crash would ({@link #kill()}: SIGKILL, no shutdown hook runs, nothing is flushed).
 */
final class ServiceProcess {

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts the service and returns once it is ready; its output goes to {@code log}. */
    static ServiceProcess start(Path dataDir, Path log, String... settings) throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), StandaloneApplication.class.getName(),
                "--server.port=" + port, "--klachten.data-dir=" + dataDir));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceProcess service = new ServiceProcess(process, port);
        service.awaitReady(Instant.now().plusSeconds(180), log); // 20 s is usual; a busy shared machine takes longer
        return service;
    }

    /** SIGKILL: the process ends at once, whatever it was writing. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sends a request as a demo user (password demo) and answers the response. */
    HttpResponse<String> send(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(Instant giveUp, Path log) throws InterruptedException {
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended while starting; see " + log);
            }
            try {
                if (send("GET", "/actuator/health/readiness", "admin", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep asking
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready in time; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
