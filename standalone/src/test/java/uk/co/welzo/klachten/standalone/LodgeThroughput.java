package uk.co.welzo.klachten.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;

/**
 * A measurement, not a test: lodges complaints over the command bus of the embedded service from 1 and from 8 threads
 * and prints lodges per second and the latency of one lodge. After {@code ./mvnw -pl standalone -am test-compile} and
 * {@code (cd standalone && ../mvnw dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt)}, run from the repository
 * root with every module's own classes ahead of the external jars; {@code cp.txt} names our modules' jars in the local
 * Maven repository, which may be older than the work tree, so they are left out:
 * {@code M="shared-api working-days platform command-side query-side standalone"; java -cp "$(for m in $M; do
 * printf '%s/target/classes:' $m; done)standalone/target/test-classes:$(tr : '\n' </tmp/cp.txt | grep -v
 * /uk/co/welzo/klachten/ | paste -sd:)" uk.co.welzo.klachten.standalone.LodgeThroughput 2000}.
 */
public final class LodgeThroughput {

    private LodgeThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int lodges = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dataDir = Files.createTempDirectory("klachten-lodges");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--server.port=0", "--klachten.data-dir=" + dataDir, "--klachten.sla.alarms-enabled=false",
                "--logging.level.root=WARN");
        try {
            CommandGateway commands = context.getBean(CommandGateway.class);
            measure(commands, "warm-up", 8, lodges / 4);
            for (int threads : new int[] {1, 8}) {
                measure(commands, threads + " thread(s)", threads, lodges);
            }
            System.out.printf("event store file: %,d KiB%n", Files.size(dataDir.resolve("events.mv.db")) >> 10);
        } finally {
            context.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    private static final AtomicInteger IDS = new AtomicInteger();

    private static void measure(CommandGateway commands, String label, int threads, int lodges) throws Exception {
        long[] nanos = new long[lodges];
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = taken.getAndIncrement(); i < lodges; i = taken.getAndIncrement()) {
                    long begun = System.nanoTime();
                    commands.sendAndWait(lodge("measure-" + IDS.incrementAndGet()));
                    nanos[i] = System.nanoTime() - begun;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("%-12s %,6d lodges in %5.1f s: %,7.0f lodges/s, p50 %5.1f ms, p99 %5.1f ms%n", label, lodges,
                seconds, lodges / seconds, nanos[lodges / 2] / 1e6, nanos[(int) (lodges * 0.99)] / 1e6);
    }

    private static LodgeComplaint lodge(String id) {
        return new LodgeComplaint(ComplaintId.of(id), Channel.LETTER, Category.PRODUCT_DEFECT,
                new Complainant("Ann Example", "ann@example.org", null, null), "The monitor arrived broken", null,
                "BP monitor", null, new Actor("intake"));
    }
}
