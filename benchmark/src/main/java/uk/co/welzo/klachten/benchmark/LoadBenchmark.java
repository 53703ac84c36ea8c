package uk.co.welzo.klachten.benchmark;

import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.deleteQuietly;
import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.intArg;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An open-model HTTP load test of the standalone service, started as a child process (a fresh one per security mode and
 * scenario) so that its CPU time and memory are its own. {@code --security=demo|jwt|both}: HTTP Basic as the demo users,
 * or RS256 bearer tokens this program signs with a key pair of its own ({@link Credentials}).
 * {@code --scenario=lodge|mixed|both}: lodges only, or a complaint desk's day ({@link Operation} gives the shares).
 * Requests arrive at fixed rates ({@link LoadRun}); a few lodges per second are read-your-writes probes
 * ({@link Probes}). It steps through {@code --rates}, each for {@code --seconds} after {@code --warmup} seconds at the
 * same rate, and stops at the knee: the first step whose p99 passes {@code --p99-limit} ms or that has any error. With
 * {@code --sustain=60 --rate=500} it holds one rate instead and prints it per {@code --window} seconds, to show whether
 * the lag grows. A program, not a test; the README's "HTTP load" says what every column means.
 * Run: {@code java -jar benchmark/target/klachten-benchmark-exec.jar --load [--security=both] [--scenario=both]
 * [--rates=50,100,200,400,800,1600,3200] [--seconds=20] [--warmup=5] [--service-warmup=30] [--ryw=2] [--poll-ms=10]
 * [--jit-settle=300] [--jit-quiet=0.1] [--seed=400] [--p99-limit=100] [--max-in-flight=5000]
 * [--sustain=60 --rate=500 --window=10]
 * [--any.service.setting=value ...]}.
 */
public final class LoadBenchmark {

    private static final List<String> OWN_ARGS = List.of("--load", "--rates=", "--seconds=", "--warmup=", "--sample=",
            "--p99-limit=", "--jar=", "--service-warmup=", "--security=", "--scenario=", "--ryw=", "--poll-ms=",
            "--jit-settle=", "--jit-quiet=", "--seed=", "--sustain=", "--rate=", "--window=", "--max-in-flight=");

    private LoadBenchmark() {
    }

    /** What the command line asked for. */
    record Options(List<String> modes, List<String> scenarios, int[] rates, int seconds, int warmup,
                   int serviceWarmup, double probesPerSecond, int pollMillis, int seed, int p99Limit, int sustain,
                   int sustainRate, int window, int maxInFlight, int jitSettle, double jitQuiet, Path jar,
                   List<String> settings) {

        static Options of(String[] args) {
            return new Options(both(stringArg(args, "security", "both"), "demo", "jwt"),
                    both(stringArg(args, "scenario", "both"), "lodge", "mixed"),
                    Arrays.stream(stringArg(args, "rates", "50,100,200,400,800,1600,3200").split(","))
                            .mapToInt(rate -> Integer.parseInt(rate.trim())).toArray(),
                    intArg(args, "seconds", 20), intArg(args, "warmup", 5), intArg(args, "service-warmup", 30),
                    Double.parseDouble(stringArg(args, "ryw", "2")), intArg(args, "poll-ms", 10),
                    intArg(args, "seed", 400), intArg(args, "p99-limit", 100), intArg(args, "sustain", 0),
                    intArg(args, "rate", 500), intArg(args, "window", 10), intArg(args, "max-in-flight", 5000),
                    intArg(args, "jit-settle", 300), Double.parseDouble(stringArg(args, "jit-quiet", "0.1")),
                    Path.of(stringArg(args, "jar", "standalone/target/klachten-standalone-exec.jar")),
                    Arrays.stream(args).filter(arg -> OWN_ARGS.stream().noneMatch(arg::startsWith)).toList());
        }

        private static List<String> both(String value, String one, String other) {
            return value.equals("both") ? List.of(one, other) : List.of(value);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        System.out.printf("Klachten HTTP load benchmark, %s: security %s, scenarios %s, open model, %s, read-your-writes"
                        + " on %.1f lodges per second, knee at p99 > %d ms or any error%n",
                ZonedDateTime.now().withNano(0), options.modes(), options.scenarios(), options.sustain() > 0
                        ? "%d/s held for %d s in windows of %d s".formatted(options.sustainRate(), options.sustain(),
                        options.window())
                        : "rates %s/s, %d s per step after %d s of warm-up".formatted(Arrays.toString(options.rates()),
                        options.seconds(), options.warmup()),
                options.probesPerSecond(), options.p99Limit());
        System.out.printf("machine: %d cores, max heap %d MiB (load generator), %s %s; load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());
        System.out.println("command: " + ProcessHandle.current().info().commandLine().orElse("(unknown)"));
        options.settings().forEach(setting -> System.out.println("setting: " + setting));
        for (String mode : options.modes()) {
            for (String scenario : options.scenarios()) {
                run(options, mode, scenario);
            }
        }
        System.exit(0);
    }

    private static void run(Options options, String mode, String scenario) throws Exception {
        Mix mix = Mix.of(scenario);
        System.out.printf("%n## security %s, scenario %s: %s%n", mode, scenario, mix.describe());
        Path dataDir = Files.createTempDirectory("klachten-load-benchmark");
        Credentials credentials = Credentials.of(mode, dataDir);
        List<String> settings = new ArrayList<>(credentials.serviceArgs());
        settings.addAll(options.settings());
        ScheduledExecutorService poller = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "load-poller");
            thread.setDaemon(true);
            return thread;
        });
        // one client for the whole run, as a real one would keep its connections; HTTP/1.1 as the service speaks it
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Requests.TIMEOUT).build();
        try (ServiceProcess service = ServiceProcess.start(options.jar(), dataDir, settings)) {
            service.awaitReady(client);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String runId = Long.toString(System.currentTimeMillis(), 36);
            Requests requests = new Requests(service.base, credentials, now);
            Probes probes = new Probes(client, requests, poller, TimeUnit.MILLISECONDS.toNanos(options.pollMillis()),
                    "probe-" + runId + "-", now);
            LoadRun load = new LoadRun(client, service, requests, probes, poller, scenario, runId,
                    options.probesPerSecond(), options.maxInFlight());
            if (scenario.equals("mixed") && options.seed() > 0) {
                load.seed(options.seed());
            }
            LoadReport report = new LoadReport(load, service, options);
            report.warmUp(options.rates()[0]);
            if (options.sustain() > 0) {
                report.sustain(options.sustainRate(), options.sustain(), options.window(), scenario.equals("lodge"));
            } else {
                report.knee(options.rates());
            }
        } finally {
            poller.shutdownNow();
            deleteQuietly(dataDir);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    static String stringArg(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "=")).findFirst()
                .map(arg -> arg.substring(name.length() + 3)).orElse(fallback);
    }
}
