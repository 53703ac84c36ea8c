package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import uk.co.welzo.klachten.query.infrastructure.LiveStreams;

/**
 * Issue #12: a live-update stream never ends by itself, and the web server's graceful shutdown waits for open requests
 * up to its grace period (30 s). The service ends its streams first, so a stop with streams open takes seconds, also
 * when one client went away without the service noticing (the heartbeat, 15 s by default, has not written yet).
 */
class ShutdownWithLiveStreamsTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("a stop with two live streams open, one of them abandoned by its client, takes well under the grace period")
    void stopEndsOpenStreams() throws Exception {
        RunningService service = RunningService.start(dataDir); // the default heartbeat, 15 s
        int port = Integer.parseInt(service.bean(Environment.class).getProperty("local.server.port"));
        LiveStreams streams = service.bean(LiveStreams.class);

        try (Socket abandoned = new Socket("127.0.0.1", port)) {
            request(abandoned, "/api/queue/stream", "agent");
        } // closed at once, before the first event
        Socket watching = new Socket("127.0.0.1", port);
        request(watching, "/api/sla/breaches/stream", "analyst");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CountDownLatch ended = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(watching.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the connection went down with the service
            }
            ended.countDown();
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        awaitLine(lines, "event:breaches");
        Thread.sleep(500); // the abandoned stream's first event has been written or has failed by now

        int open = streams.openStreams();
        long start = System.nanoTime();
        service.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Stopped with %d live stream(s) open in %d ms%n", open, took.toMillis());

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the watching client's stream ended").isTrue();
        watching.close();
    }

    private static void request(Socket socket, String path, String user) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void awaitLine(BlockingQueue<String> lines, String text) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < giveUp) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(text)) {
                return;
            }
        }
        throw new AssertionError("no line with " + text);
    }
}
