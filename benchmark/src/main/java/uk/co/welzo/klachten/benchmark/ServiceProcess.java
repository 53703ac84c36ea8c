package uk.co.welzo.klachten.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone service as a child process of the load benchmark, on a temporary data directory and a free port, so
 * that its CPU time and memory are its own; read from {@code /proc}, as is the generator's own CPU time.
 */
final class ServiceProcess implements AutoCloseable {

    static final long TICKS_PER_SECOND = clockTicks();

    final String base;
    private final Process process;
    private final Path log;

    private ServiceProcess(String base, Process process, Path log) {
        this.base = base;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Path jar, Path dataDir, List<String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--klachten.data-dir=" + dataDir.resolve("data"),
                "--logging.level.root=WARN", "--logging.level.uk.co.welzo=WARN"));
        command.addAll(settings);
        System.out.println("service: " + String.join(" ", command));
        Path log = dataDir.resolve("service.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a benchmark stopped with Ctrl-C must not leave its service running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-service"));
        return new ServiceProcess("http://localhost:" + port, process, log);
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(HttpClient client) throws Exception {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(180);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("service ready after %.1f s, pid %d%n", (System.nanoTime() - started) / 1e9,
                            process.pid());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready in 180 s:\n" + Files.readString(log));
    }

    long cpuTicks() throws IOException {
        return cpuTicks(process.pid());
    }

    /** utime + stime of a process, in clock ticks, from {@code /proc/<pid>/stat}. */
    static long cpuTicks(long pid) throws IOException {
        return cpuTicks(Path.of("/proc/" + pid + "/stat"));
    }

    /** utime + stime from a {@code stat} file of {@code /proc}, a process's or one of its threads'. */
    private static long cpuTicks(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        // the command name in brackets may hold spaces; the fields after it are fixed
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * CPU of the service's JIT compiler threads (HotSpot names them "C1 CompilerThread…" and "C2 CompilerThread…"), in
     * clock ticks, from {@code /proc/<pid>/task/<tid>/stat}: a fresh service compiles for minutes under load, and that
     * is not what a request costs once it runs.
     */
    long jitTicks() throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        ticks += cpuTicks(task.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the thread ended between the listing and the read: HotSpot stops idle compiler threads
                }
            }
        }
        return ticks;
    }

    /** The service's peak resident set, VmHWM of {@code /proc/<pid>/status}, in KiB. */
    long peakRssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Resets the service's VmHWM to its current RSS, so each step's peak is its own; false if Linux refuses. */
    boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/" + process.pid() + "/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException refused) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | InterruptedException | NumberFormatException unknown) {
            return 100;
        }
    }
}
