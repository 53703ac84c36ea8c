package uk.co.welzo.klachten.benchmark;

import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.deleteQuietly;
import static uk.co.welzo.klachten.benchmark.BenchmarkArgs.intArg;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.sun.management.OperatingSystemMXBean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.co.welzo.klachten.standalone.StandaloneApplication;

/**
 * Loads complaints straight into the embedded event store, then measures and prints: catch-up of
 * all read models, a full rebuild of each read model and of all together, and query latencies.
 * Run: {@code java -jar benchmark/target/klachten-benchmark-exec.jar [--complaints=100000] [--queries=2000]
 * [--rebuilds=false|all|group,group...] [--any.service.setting=value ...]}: {@code all} measures only the rebuild
 * of all read models at once, a list of groups each of them alone. {@code --data-dir=DIR} measures the queries only, on
 * a data directory a page benchmark kept. {@code --pages} runs the {@link PageBenchmark} instead,
 * {@code --load} the {@link LoadBenchmark}.
 */
public final class ReadModelBenchmark {

    private ReadModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--pages")) {
            PageBenchmark.main(args);
            return;
        }
        if (List.of(args).contains("--load")) {
            LoadBenchmark.main(args);
            return;
        }
        int complaints = intArg(args, "complaints", 100_000);
        int queries = intArg(args, "queries", 2_000);
        String rebuilds = Arrays.stream(args).filter(arg -> arg.startsWith("--rebuilds=")).findFirst()
                .map(arg -> arg.substring("--rebuilds=".length())).orElse("each and all");
        rebuilds = rebuilds.equals("false") ? "none" : rebuilds;
        // --data-dir: the queries only, on a data directory a page benchmark kept (--pages --data-dir=DIR, the same
        // generated complaints), once its read models have caught up: 100,000 complaints take longer to load and catch
        // up on two cores than everything measured here
        String kept = Arrays.stream(args).filter(arg -> arg.startsWith("--data-dir=")).findFirst()
                .map(arg -> arg.substring("--data-dir=".length())).orElse(null);
        Path dataDir = kept == null ? Files.createTempDirectory("klachten-benchmark") : Path.of(kept);
        System.out.printf("Klachten read-model benchmark: %,d complaints, %,d queries per kind%n", complaints, queries);
        System.out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        // any other argument is a setting of the service under test, e.g. a processor's batch size
        List<String> passed = Arrays.stream(args).filter(arg -> !arg.startsWith("--complaints=")
                && !arg.startsWith("--queries=") && !arg.startsWith("--rebuilds=") && !arg.startsWith("--data-dir="))
                .toList();
        passed.forEach(setting -> System.out.println("setting: " + setting));
        // no automatic acknowledgement (R2): the histories are appended, not lodged, and its group would catch up on
        // every one as if lodged now, sending commands, and add a processor to every figure measured before it existed
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--klachten.data-dir=" + dataDir,
                "--klachten.sla.alarms-enabled=false", "--klachten.acknowledgement.automatic=false",
                // nor letters and staff notices: appended histories are not news to anyone, and the outbox's writes
                // are each on disk before they are answered
                "--klachten.letters.enabled=false",
                "--logging.level.root=WARN", "--logging.level.uk.co.welzo=WARN"));
        settings.addAll(passed);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(settings.toArray(String[]::new));
        try {
            if (kept != null) {
                queriesOnly(context, complaints, queries);
            } else {
                run(context, complaints, queries, rebuilds);
            }
        } finally {
            context.close();
            if (kept == null) {
                deleteQuietly(dataDir);
            }
        }
        System.exit(0);
    }

    /** The query latencies on a kept data directory, once every processor has reached the head of the events. */
    private static void queriesOnly(ConfigurableApplicationContext context, int complaints, int queries)
            throws Exception {
        EventStore eventStore = context.getBean(EventStore.class);
        Processors processors = new Processors(context.getBean(EventProcessingConfiguration.class),
                context.getBean(TokenStore.class), eventStore);
        System.out.printf("%nkept data directory: caught up (replays started at start-up included) in %.1f s%n",
                processors.timeToCatchUp(processors.names()));
        printLatencies(context, complaints, queries);
    }

    private static void run(ConfigurableApplicationContext context, int complaints, int queries, String rebuilds)
            throws Exception {
        EventStore eventStore = context.getBean(EventStore.class);
        Processors processors = new Processors(context.getBean(EventProcessingConfiguration.class),
                context.getBean(TokenStore.class), eventStore);
        processors.stopAll();

        long loadStart = System.nanoTime();
        long events = load(eventStore, complaints);
        double loadSeconds = seconds(loadStart);
        System.out.printf("%nload: %,d events for %,d complaints appended in %.1f s (%,.0f events/s)%n",
                events, complaints, loadSeconds, events / loadSeconds);

        Map<String, double[]> results = new TreeMap<>();
        // the floor under every rebuild: what one pass over the event store costs with no read model at all
        results.put("read the event stream only, no read model", timed(() -> readStream(eventStore, events)));
        results.put("catch-up, all read models at once", timed(() -> processors.timeToCatchUp(processors.names())));
        if (rebuilds.equals("each and all")) {
            for (String name : processors.names()) {
                results.put("rebuild " + name, timed(() -> processors.rebuild(List.of(name))));
            }
        } else if (!rebuilds.equals("none") && !rebuilds.equals("all")) {
            // a list of groups: each of them alone, for comparing one read model between versions
            for (String name : rebuilds.split(",")) {
                results.put("rebuild " + name, timed(() -> processors.rebuild(List.of(name))));
            }
        }
        if (rebuilds.equals("each and all") || rebuilds.equals("all")) {
            results.put("rebuild all read models at once", timed(() -> processors.rebuild(processors.names())));
        }
        // CPU time of the whole process (service and benchmark): steadier than wall time between runs, and
        // cores x seconds shows whether the CPU was saturated
        System.out.printf("%n%-40s %10s %14s %10s %16s%n", "phase", "seconds", "events/s", "CPU s", "events/CPU-s");
        for (var result : results.entrySet()) {
            double seconds = result.getValue()[0];
            double cpuSeconds = result.getValue()[1];
            System.out.printf("%-40s %10.1f %,14.0f %10.1f %,16.0f%n", result.getKey(), seconds, events / seconds,
                    cpuSeconds, events / cpuSeconds);
        }

        printLatencies(context, complaints, queries);
    }

    private static void printLatencies(ConfigurableApplicationContext context, int complaints, int queries) {
        QueryLatencies latencies = new QueryLatencies(context.getBean(QueryGateway.class), complaints);
        System.out.printf("%n%-40s %10s %10s %10s%n", "query", "p50 ms", "p99 ms", "max ms");
        for (var measured : latencies.measureAll(queries).entrySet()) {
            long[] sorted = measured.getValue();
            System.out.printf("%-40s %10.2f %10.2f %10.2f%n", measured.getKey(), percentile(sorted, 50) / 1e6,
                    percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }

    /**
     * Reads every event from the event store and deserialises its payload, as one processor does before its handlers
     * see the event: each read model's processor pays this once per rebuild.
     */
    private static double readStream(EventStore eventStore, long events) throws InterruptedException {
        long start = System.nanoTime();
        long read = 0;
        try (var stream = eventStore.openStream(null)) {
            while (read < events) {
                stream.nextAvailable().getPayload();
                read++;
            }
        }
        return seconds(start);
    }

    /** Wall seconds (as the phase measures them) and the process's CPU seconds over the phase. */
    private static double[] timed(Phase phase) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        double seconds = phase.run();
        return new double[] {seconds, (os.getProcessCpuTime() - cpuBefore) / 1e9};
    }

    @FunctionalInterface
    private interface Phase {
        double run() throws Exception;
    }

    private static long load(EventStore eventStore, int complaints) {
        ComplaintHistories histories = new ComplaintHistories(42, Instant.parse("2025-01-06T09:00:00Z"));
        List<EventMessage<?>> batch = new ArrayList<>(2_000);
        long events = 0;
        for (int number = 0; number < complaints; number++) {
            List<Object> history = histories.history(number);
            for (int sequence = 0; sequence < history.size(); sequence++) {
                Object payload = history.get(sequence);
                batch.add(new GenericDomainEventMessage<>("Complaint", "bench-" + number, sequence, payload,
                        MetaData.emptyInstance(), java.util.UUID.randomUUID().toString(), Instant.now()));
            }
            if (batch.size() >= 1_000) {
                events += batch.size();
                eventStore.publish(batch);
                batch = new ArrayList<>(2_000);
            }
        }
        events += batch.size();
        eventStore.publish(batch);
        return events;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }


    /** The streaming processors of the read models, stopped, reset and started on demand. */
    record Processors(EventProcessingConfiguration config, TokenStore tokens, EventStore eventStore) {

        List<String> names() {
            return config.eventProcessors().entrySet().stream()
                    .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                    .map(Map.Entry::getKey).sorted().toList();
        }

        StreamingEventProcessor processor(String name) {
            return config.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
        }

        void stopAll() {
            names().forEach(name -> processor(name).shutDown());
        }

        double rebuild(List<String> names) throws InterruptedException {
            names.forEach(name -> processor(name).shutDown());
            names.forEach(name -> processor(name).resetTokens());
            return timeToCatchUp(names);
        }

        double timeToCatchUp(List<String> names) throws InterruptedException {
            long head = eventStore.createHeadToken().position().orElseThrow();
            long start = System.nanoTime();
            names.forEach(name -> processor(name).start());
            long lastReport = System.nanoTime();
            while (!names.stream().allMatch(name -> caughtUp(name, head))) {
                Thread.sleep(20);
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    names.forEach(name -> System.err.printf("  %s: %s of head %d%n", name,
                            processor(name).processingStatus().values().stream()
                                    .map(s -> s.getSegment().getSegmentId() + "@" + s.getCurrentPosition().orElse(-1)
                                            + (s.isReplaying() ? "(replaying)" : "") + (s.isErrorState() ? "(error)" : ""))
                                    .toList(), head));
                }
            }
            return seconds(start);
        }

        private boolean caughtUp(String name, long head) {
            var statuses = processor(name).processingStatus();
            int segments = tokens.fetchSegments(name).length;
            // a reset token keeps reporting "replaying" until an event newer than the reset arrives, so position decides
            return statuses.size() == segments && statuses.values().stream().allMatch(status ->
                    status.getCurrentPosition().orElse(-1) >= head);
        }
    }
}
