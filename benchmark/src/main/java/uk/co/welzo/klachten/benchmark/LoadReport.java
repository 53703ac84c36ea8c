package uk.co.welzo.klachten.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs the steps of one scenario and prints them: the knee table (one row per rate), the per-operation table of a mixed
 * day, and the windows of a sustained rate. CPU is read from {@code /proc} around each step, the service's and the
 * generator's own, so a reader can see which of the two was busy.
 */
final class LoadReport {

    private final LoadRun load;
    private final ServiceProcess service;
    private final LoadBenchmark.Options options;
    private final long self = ProcessHandle.current().pid();

    LoadReport(LoadRun load, ServiceProcess service, LoadBenchmark.Options options) {
        this.load = load;
        this.service = service;
        this.options = options;
    }

    /** A fresh JVM compiles for its first half minute or more: without this the first step measures the JIT. */
    void warmUp(int rate) throws Exception {
        if (options.serviceWarmup() > 0) {
            long cpuBefore = service.cpuTicks();
            LoadStep step = load.step(rate, options.serviceWarmup(), 1);
            System.out.printf("service warm-up: %,d requests at %d/s, p99 %.1f ms, %s errors, %.1f CPU s%s%n",
                    step.requests(), rate, ms(step.latency.getValueAtPercentile(99)), step.errorsByKind(),
                    seconds(service.cpuTicks() - cpuBefore), step.firstErrors.isEmpty() ? "" : " " + step.firstErrors);
            awaitCompiled(rate);
        }
        // the requests' asynchronous followers (read models, acknowledgement, letters) run on after the last answer:
        // wait until the service is near rest, so the first step does not pay for the warm-up's backlog
        long settleStart = System.nanoTime();
        double busy;
        do {
            long before = service.cpuTicks();
            Thread.sleep(1_000);
            busy = seconds(service.cpuTicks() - before);
        } while (busy > 0.25 && System.nanoTime() - settleStart < TimeUnit.SECONDS.toNanos(120));
        System.out.printf("service settled after %.1f s (%.2f CPU s per s then)%n",
                (System.nanoTime() - settleStart) / 1e9, busy);
        long idleBefore = service.cpuTicks();
        Thread.sleep(5_000);
        System.out.printf("service at rest: %.2f CPU s per s (background work, in every step's figure)%n",
                seconds(service.cpuTicks() - idleBefore) / 5);
    }

    /**
     * Goes on at the warm-up's rate, {@value #JIT_CHUNK_SECONDS} s at a time, until the JIT compilers use less than
     * {@code --jit-quiet} of a core, or for at most {@code --jit-settle} seconds. A fresh service compiles for minutes
     * under load (on this project's 2 cores, most of a core for the first two minutes): measured then, a step's CPU per
     * request is mostly the compiler's, a cost paid once per start, not per request.
     */
    private void awaitCompiled(int rate) throws Exception {
        if (options.jitSettle() <= 0) {
            return;
        }
        long started = System.nanoTime();
        double jit = Double.NaN;
        int extra = 0;
        while (extra < options.jitSettle()) {
            long jitBefore = service.jitTicks();
            long wallBefore = System.nanoTime();
            load.step(rate, JIT_CHUNK_SECONDS, 1);
            jit = Math.max(0, seconds(service.jitTicks() - jitBefore)) / ((System.nanoTime() - wallBefore) / 1e9);
            extra += JIT_CHUNK_SECONDS;
            if (jit < options.jitQuiet()) {
                break;
            }
        }
        System.out.printf("JIT: %.2f cores compiling in the last %d s of warm-up, after %d s more at %d/s (%.0f s)%s%n",
                jit, JIT_CHUNK_SECONDS, extra, rate, (System.nanoTime() - started) / 1e9,
                jit < options.jitQuiet() ? "" : ": still compiling, the steps' CPU includes it");
    }

    private static final int JIT_CHUNK_SECONDS = 10;

    /** Steps through the rates until the knee. */
    void knee(int[] rates) throws Exception {
        System.out.printf("%n| target /s | achieved /s | p50 ms | p90 ms | p99 ms | max ms | errors | RYW case p50 ms"
                + " | RYW case p99 ms | RYW queue p50 ms | RYW queue p99 ms | service CPU s / 1,000 req"
                + " | of which JIT cores | peak RSS MiB | max processor lag | generator CPU cores | read-backs /s |%n");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        List<LoadStep> measured = new ArrayList<>();
        Integer lastGood = null;
        String knee = null;
        for (int rate : rates) {
            if (options.warmup() > 0) {
                load.step(rate, options.warmup(), 1);
            }
            Measured step = measure(rate, options.seconds(), 1);
            measured.add(step.step);
            LoadStep s = step.step;
            System.out.printf("| %d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s | %s | %.2f"
                            + " | %.0f |%n",
                    rate, s.achieved(), pct(s.latency, 50), pct(s.latency, 90), pct(s.latency, 99), max(s.latency),
                    s.errorsByKind(), pct(s.caseView(), 50), pct(s.caseView(), 99), pct(s.queue(), 50),
                    pct(s.queue(), 99), s.requests() == 0 ? 0.0 : step.serviceCpu * 1000 / s.requests(),
                    step.jitCpu / step.wall, step.peakRss,
                    lag(s.processorLag(), s.windows[0].laggingGroup), step.generatorCpu / step.wall,
                    s.probeRequests.sum() / step.wall);
            s.firstErrors.forEach(error -> System.out.println("  error: " + error));
            statusFailures(s);
            if (ms(s.latency.getValueAtPercentile(99)) > options.p99Limit() || s.errorCount() > 0) {
                knee = "%d/s (%s)%s".formatted(rate, s.errorCount() > 0 ? s.errorCount() + " errors"
                        : "p99 above " + options.p99Limit() + " ms", lastGood == null
                        ? ", no rate below it met the limit" : "; the last rate within it: " + lastGood + "/s");
                break;
            }
            lastGood = rate;
        }
        System.out.printf("%nknee: %s%n", knee != null ? knee : "not reached up to " + rates[rates.length - 1] + "/s");
        if (load.mix().operations().size() > 1) {
            printOperations(measured);
        }
    }

    /** One rate held for {@code seconds}, printed per window: does latency, read-your-writes or processor lag grow? */
    void sustain(int rate, int seconds, int window, boolean lodgesOnly) throws Exception {
        if (options.warmup() > 0) {
            load.step(rate, options.warmup(), 1);
        }
        int windows = Math.max(1, seconds / window);
        Measured measured = measure(rate, seconds, windows);
        LoadStep step = measured.step;
        System.out.printf("%n%d/s held for %d s: achieved %.1f/s, p50 %s ms, p90 %s, p99 %s, max %s, errors %s,"
                        + " service CPU %.2f s per 1,000 requests (JIT %.2f cores), peak RSS %s MiB, generator %.2f cores,"
                        + " %.0f read-backs/s%n", rate, seconds, step.achieved(), pct(step.latency, 50),
                pct(step.latency, 90), pct(step.latency, 99), max(step.latency), step.errorsByKind(),
                measured.serviceCpu * 1000 / Math.max(1, step.requests()), measured.jitCpu / measured.wall,
                measured.peakRss,
                measured.generatorCpu / measured.wall, step.probeRequests.sum() / measured.wall);
        step.firstErrors.forEach(error -> System.out.println("  error: " + error));
        statusFailures(step);
        System.out.printf("%n| window (s) | requests /s | p50 ms | p99 ms | max ms | RYW case p50 ms | RYW case p99 ms"
                + " | RYW queue p50 ms | RYW queue p99 ms | max processor lag |%n");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int i = 0; i < windows; i++) {
            LoadStep.Window w = step.windows[i];
            System.out.printf("| %d–%d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |%n", i * window,
                    (i + 1) * window, w.latency.getTotalCount() / (double) window, pct(w.latency, 50),
                    pct(w.latency, 99), max(w.latency), pct(w.caseView, 50), pct(w.caseView, 99), pct(w.queue, 50),
                    pct(w.queue, 99), lag(w.processorLag.get(), w.laggingGroup));
        }
        LoadStep.Window first = step.windows[0];
        LoadStep.Window last = step.windows[windows - 1];
        System.out.printf("%nlag from the first window to the last: RYW case p99 %s -> %s ms, RYW queue p99 %s -> %s ms,"
                        + " max processor lag %s -> %s events%n", pct(first.caseView, 99), pct(last.caseView, 99),
                pct(first.queue, 99), pct(last.queue, 99), first.processorLag.get(), last.processorLag.get());
        if (load.mix().operations().size() > 1) {
            printOperations(List.of(step));
        }
        drain(lodgesOnly);
    }

    /** After the load: how long the processors take to reach the head, and whether every lodge is in the queue. */
    private void drain(boolean lodgesOnly) throws Exception {
        long started = System.nanoTime();
        LoadRun.Lag lag = lagOrBusy();
        while ((lag == BUSY || lag != null && lag.events() > 0)
                && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(120)) {
            Thread.sleep(200);
            lag = lagOrBusy();
        }
        if (lag == BUSY) {
            System.out.println("after the load: the processors' status did not answer within 120 s");
            return;
        }
        System.out.printf("after the load: every processor at the event store's head %s%n", lag == null
                ? "(no processor reported a position)" : lag.events() == 0
                ? "within %.1f s".formatted((System.nanoTime() - started) / 1e9)
                : "not within 120 s: " + lag.group() + " " + lag.events() + " events behind");
        if (lodgesOnly) {
            // nothing in the lodge scenario ends a complaint: every lodge answered 201 must be an open complaint
            // (a lodge that timed out may have been taken all the same)
            long total = load.queueTotal();
            long answered = load.lodged.get();
            long unanswered = load.lodgesUnanswered.get();
            System.out.printf("nothing lost: %,d lodges answered 2xx since the service started and %,d unanswered,"
                    + " %,d complaints in the work queue: %s%n", answered, unanswered, total,
                    total >= answered && total <= answered + unanswered ? "none lost" : "LOST OR EXTRA COMPLAINTS");
        }
    }

    /** Stands for a status read that timed out or failed: a service far past its knee answers it late. */
    private static final LoadRun.Lag BUSY = new LoadRun.Lag("(no answer)", -1);

    private LoadRun.Lag lagOrBusy() throws InterruptedException {
        try {
            return load.processorLag();
        } catch (IOException busy) {
            return BUSY;
        }
    }

    private static void statusFailures(LoadStep step) {
        if (step.statusFailures.sum() > 0) {
            System.out.printf("  the processors' status could not be read %d times (the lag column misses those)%n",
                    step.statusFailures.sum());
        }
    }

    private void printOperations(List<LoadStep> steps) {
        System.out.printf("%n| target /s | operation | requests | p50 ms | p90 ms | p99 ms | max ms | failed"
                + " | not sent (no complaint ready) |%n");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (LoadStep step : steps) {
            for (Operation operation : load.mix().operations()) {
                Histogram h = step.byOperation.get(operation);
                System.out.printf("| %d | %s | %,d | %s | %s | %s | %s | %d | %d |%n", step.rate, operation.label,
                        h.getTotalCount(), pct(h, 50), pct(h, 90), pct(h, 99), max(h),
                        step.failedByOperation.get(operation).sum(), step.starved.get(operation).sum());
            }
        }
    }

    /** A step with what /proc said around it. */
    private record Measured(LoadStep step, double serviceCpu, double jitCpu, double generatorCpu, double wall,
                            String peakRss) {
    }

    private Measured measure(int rate, int seconds, int windows) throws Exception {
        boolean peakReset = service.resetPeakRss();
        long serviceBefore = service.cpuTicks();
        long jitBefore = service.jitTicks();
        long generatorBefore = ServiceProcess.cpuTicks(self);
        long wallBefore = System.nanoTime();
        LoadStep step = load.step(rate, seconds, windows);
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        return new Measured(step, seconds(service.cpuTicks() - serviceBefore),
                Math.max(0, seconds(service.jitTicks() - jitBefore)),
                seconds(ServiceProcess.cpuTicks(self) - generatorBefore), wall,
                (service.peakRssKib() >> 10) + (peakReset ? "" : " (since start)"));
    }

    private static String lag(long events, String group) {
        return events < 0 ? "-" : events == 0 ? "0" : events + " (" + group + ")";
    }

    private static String pct(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "-" : "%.1f".formatted(ms(histogram.getValueAtPercentile(percentile)));
    }

    private static String max(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? "-" : "%.1f".formatted(ms(histogram.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long ticks) {
        return ticks / (double) ServiceProcess.TICKS_PER_SECOND;
    }
}
