package uk.co.welzo.klachten.benchmark;

import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.deleteQuietly;
import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.intArg;

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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model HTTP load test of the standalone service, started as a child process so that its CPU time and memory
 * are its own. Lodges arrive at a fixed rate: each request has an intended start time, and its latency is counted from
 * that time, not from when it was sent, so a server that falls behind shows its queue in the figures instead of
 * slowing the generator down (no coordinated omission). One lodge in {@code --sample} is then read back as
 * {@code agent} until the case view answers 200: the time from the 201 to that is the read-your-writes lag.
 * Steps through {@code --rates}, each for {@code --seconds} after {@code --warmup} seconds at the same rate, and stops
 * at the knee: the first step whose p99 passes {@code --p99-limit} ms or that has any error. A program, not a test.
 * Run: {@code java -jar benchmark/target/klachten-benchmark-exec.jar --load [--rates=25,50,100,200] [--seconds=20]
 * [--warmup=5] [--service-warmup=30] [--sample=20] [--p99-limit=100] [--jar=standalone/target/klachten-standalone-exec.jar]
 * [--any.service.setting=value ...]}.
 */
public final class LoadBenchmark {

    private static final List<String> OWN_ARGS = List.of("--load", "--rates=", "--seconds=", "--warmup=", "--sample=",
            "--p99-limit=", "--jar=", "--service-warmup=");
    private static final long MAX_LATENCY = TimeUnit.SECONDS.toNanos(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final String INTAKE = basic("intake:demo");
    private static final String AGENT = basic("agent:demo");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream(stringArg(args, "rates", "25,50,100,200").split(","))
                .mapToInt(rate -> Integer.parseInt(rate.trim())).toArray();
        int seconds = intArg(args, "seconds", 20);
        int warmup = intArg(args, "warmup", 5);
        int serviceWarmup = intArg(args, "service-warmup", 30);
        int sample = intArg(args, "sample", 20);
        int p99Limit = intArg(args, "p99-limit", 100);
        Path jar = Path.of(stringArg(args, "jar", "standalone/target/klachten-standalone-exec.jar"));
        System.out.printf("Klachten HTTP load benchmark, %s: scenario lodge, open model, rates %s/s, %d s per step after"
                        + " %d s of warm-up (%d s for the fresh service first), read-your-writes on 1 lodge in %d,"
                        + " knee at p99 > %d ms or any error%n", ZonedDateTime.now().withNano(0), Arrays.toString(rates),
                seconds, warmup, serviceWarmup, sample, p99Limit);
        System.out.printf("machine: %d cores, max heap %d MiB (load generator), %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("command: " + ProcessHandle.current().info().commandLine().orElse("(unknown)"));
        List<String> passed = Arrays.stream(args).filter(arg -> OWN_ARGS.stream().noneMatch(arg::startsWith)).toList();
        passed.forEach(setting -> System.out.println("setting: " + setting));

        Path dataDir = Files.createTempDirectory("klachten-load-benchmark");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--klachten.data-dir=" + dataDir.resolve("data"),
                "--logging.level.root=WARN", "--logging.level.uk.co.welzo=WARN"));
        command.addAll(passed);
        System.out.println("service: " + String.join(" ", command));
        Process service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service.log").toFile()).start();
        int exit = 1;
        try {
            String base = "http://localhost:" + port;
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            awaitReady(client, base, service, dataDir.resolve("service.log"));
            exit = new LoadBenchmark.Run(client, base, service.pid(), sample).steps(rates, seconds, warmup, serviceWarmup,
                    p99Limit);
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
            deleteQuietly(dataDir);
        }
        System.exit(exit);
    }

    /** One service under load: its address, its process for CPU and memory, and the client that loads it. */
    private static final class Run {

        private final HttpClient client;
        private final String base;
        private final long pid;
        private final int sample;
        private final long ticksPerSecond = clockTicks();
        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-your-writes");
            thread.setDaemon(true);
            return thread;
        });
        private final String runId = Long.toString(System.currentTimeMillis(), 36);
        private final AtomicLong sequence = new AtomicLong();

        Run(HttpClient client, String base, long pid, int sample) {
            this.client = client;
            this.base = base;
            this.pid = pid;
            this.sample = sample;
        }

        int steps(int[] rates, int seconds, int warmup, int serviceWarmup, int p99Limit) throws Exception {
            if (serviceWarmup > 0) {
                // a fresh JVM compiles for its first half minute or more: without this the first step measures the JIT
                long cpuBefore = cpuTicks();
                Step step = step(rates[0], serviceWarmup);
                System.out.printf("service warm-up: %,d lodges at %d/s, p99 %.1f ms, %d errors, %.1f CPU s%n",
                        step.latency.getTotalCount(), rates[0], ms(step.latency.getValueAtPercentile(99)),
                        step.errors.get(), (cpuTicks() - cpuBefore) / (double) ticksPerSecond);
            }
            // the lodges' asynchronous followers (read models, acknowledgement, letters) run on after the last 201:
            // wait until the service is near rest, so the first step does not pay for the warm-up's backlog
            long settleStart = System.nanoTime();
            double busy;
            do {
                long before = cpuTicks();
                Thread.sleep(1_000);
                busy = (cpuTicks() - before) / (double) ticksPerSecond;
            } while (busy > 0.25 && System.nanoTime() - settleStart < TimeUnit.SECONDS.toNanos(120));
            System.out.printf("service settled after %.1f s (%.2f CPU s per s then)%n",
                    (System.nanoTime() - settleStart) / 1e9, busy);
            long idleBefore = cpuTicks();
            Thread.sleep(5_000);
            System.out.printf("service at rest: %.2f CPU s per s (background work, in every step's figure)%n",
                    (cpuTicks() - idleBefore) / (double) ticksPerSecond / 5);
            System.out.printf("%n| target /s | achieved /s | p50 ms | p90 ms | p99 ms | max ms | errors | RYW p50 ms"
                    + " | RYW p99 ms | CPU s / 1,000 req | peak RSS MiB |%n");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Integer lastGood = null;
            for (int rate : rates) {
                if (warmup > 0) {
                    step(rate, warmup);
                }
                boolean peakReset = resetPeakRss();
                long cpuBefore = cpuTicks();
                Step step = step(rate, seconds);
                double cpuSeconds = (cpuTicks() - cpuBefore) / (double) ticksPerSecond;
                long requests = step.latency.getTotalCount();
                System.out.printf("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %.2f | %d%s |%n", rate,
                        step.achieved(), ms(step.latency.getValueAtPercentile(50)),
                        ms(step.latency.getValueAtPercentile(90)), ms(step.latency.getValueAtPercentile(99)),
                        ms(step.latency.getMaxValue()), step.errors.get(), rywMs(step.readYourWrites, 50),
                        rywMs(step.readYourWrites, 99), requests == 0 ? 0.0 : cpuSeconds * 1000 / requests,
                        peakRssKib() >> 10, peakReset ? "" : " (since start)");
                step.firstErrors.forEach(error -> System.out.println("  error: " + error));
                if (ms(step.latency.getValueAtPercentile(99)) > p99Limit || step.errors.get() > 0) {
                    System.out.printf("%nknee: %d/s (%s)%s%n", rate, step.errors.get() > 0
                                    ? step.errors.get() + " errors" : "p99 above " + p99Limit + " ms",
                            lastGood == null ? ", no rate below it met the limit" : "; the last rate within it: "
                                    + lastGood + "/s");
                    return 0;
                }
                lastGood = rate;
            }
            System.out.printf("%nknee: not reached up to %d/s%n", rates[rates.length - 1]);
            return 0;
        }

        /** Sends lodges at {@code rate} per second for {@code seconds}, then waits for every answer and read-back. */
        private Step step(int rate, int seconds) throws InterruptedException {
            Step step = new Step();
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            long count = (long) rate * seconds;
            long start = System.nanoTime();
            List<CompletableFuture<?>> pending = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                long intended = start + i * period;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long number = sequence.incrementAndGet();
                pending.add(lodge(number, intended, step, number % sample == 0));
            }
            for (CompletableFuture<?> future : pending) {
                future.exceptionally(error -> null).join();
            }
            // at least the scheduled length: a step whose answers came quickly did not run faster than it was offered
            step.end = Math.max(start + count * period, step.lastAnswer.get() == 0 ? System.nanoTime()
                    : step.lastAnswer.get());
            step.start = start;
            return step;
        }

        private CompletableFuture<?> lodge(long number, long intended, Step step, boolean readBack) {
            String id = "load-" + runId + "-" + number;
            String body = """
                    {"complaintId":"%s","channel":"EMAIL","category":"PRODUCT_DEFECT",
                     "complainant":{"name":"Load Tester %d","email":"load%d@example.org"},
                     "description":"Load benchmark complaint %d","product":"BP monitor"}"""
                    .formatted(id, number, number, number);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/complaints")).timeout(TIMEOUT)
                    .header("Authorization", INTAKE).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CompletableFuture<Void> readDone = new CompletableFuture<>();
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                long now = System.nanoTime();
                step.answered(now);
                step.latency.recordValue(Math.min(Math.max(now - intended, 1), MAX_LATENCY));
                if (error != null || response.statusCode() / 100 != 2) {
                    step.lodgeFailures.incrementAndGet();
                    step.error(error != null ? error.toString()
                            : "POST " + response.statusCode() + " " + response.body());
                    readDone.complete(null);
                } else if (readBack) {
                    poll(id, now, step, readDone);
                } else {
                    readDone.complete(null);
                }
                return null;
            }).thenCompose(ignored -> readDone);
        }

        /** Reads the case as {@code agent} until it answers 200, then records the time since the lodge's 201. */
        private void poll(String id, long created, Step step, CompletableFuture<Void> done) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/complaints/" + id)).timeout(TIMEOUT)
                    .header("Authorization", AGENT).GET().build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                if (error == null && response.statusCode() == 200) {
                    step.readYourWrites.recordValue(Math.min(Math.max(now - created, 1), MAX_LATENCY));
                    done.complete(null);
                } else if (now - created > TIMEOUT.toNanos()
                        || (error == null && response.statusCode() != 404)) {
                    step.error("read-back of " + id + ": " + (error != null ? error : response.statusCode()));
                    done.complete(null);
                } else {
                    poller.schedule(() -> poll(id, created, step, done), POLL_NANOS, TimeUnit.NANOSECONDS);
                }
            });
        }

        /** utime + stime of the service, in clock ticks, from {@code /proc/<pid>/stat}. */
        private long cpuTicks() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name in brackets may hold spaces; the fields after it are fixed
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        /** The service's peak resident set, VmHWM of {@code /proc/<pid>/status}, in KiB. */
        private long peakRssKib() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        /** Resets the service's VmHWM to its current RSS, so each step's peak is its own; false if Linux refuses. */
        private boolean resetPeakRss() {
            try {
                Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
                return true;
            } catch (IOException | RuntimeException refused) {
                return false;
            }
        }
    }

    /** What one step measured: latencies from the intended start, read-your-writes lags, errors of both. */
    private static final class Step {

        // recorded from the HTTP client's threads at once: a plain Histogram would lose counts
        final Histogram latency = new ConcurrentHistogram(MAX_LATENCY, 3);
        final Histogram readYourWrites = new ConcurrentHistogram(MAX_LATENCY, 3);
        final AtomicLong errors = new AtomicLong();
        final AtomicLong lodgeFailures = new AtomicLong();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        final AtomicLong lastAnswer = new AtomicLong();
        long start;
        long end;

        void answered(long now) {
            lastAnswer.accumulateAndGet(now, Math::max);
        }

        void error(String what) {
            if (errors.incrementAndGet() <= 3) {
                firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
            }
        }

        /** Successful lodges per second, from the first intended start to the last answer or the step's end. */
        double achieved() {
            long ok = latency.getTotalCount() - lodgeFailures.get();
            return ok / ((end - start) / 1e9);
        }
    }

    private static String rywMs(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "-" : "%.1f".formatted(ms(histogram.getValueAtPercentile(percentile)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void awaitReady(HttpClient client, String base, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("service ready after %.1f s, pid %d%n", (System.nanoTime() - started) / 1e9,
                            service.pid());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready in 180 s:\n" + Files.readString(log));
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

    private static String stringArg(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "=")).findFirst()
                .map(arg -> arg.substring(name.length() + 3)).orElse(fallback);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
