package uk.co.welzo.klachten.benchmark;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one step of the load measured: latencies from each request's intended start, in all and per operation, errors
 * by status, read-your-writes lags, and for a sustained step the same per window of time. Recorded from the HTTP
 * client's threads at once: the histograms are concurrent ones, a plain one would lose counts.
 */
final class LoadStep {

    static final long MAX_LATENCY = TimeUnit.SECONDS.toNanos(60);

    final int rate;
    final long start;
    final long windowNanos;
    final Histogram latency = histogram();
    final Map<Operation, Histogram> byOperation = new EnumMap<>(Operation.class);
    final Map<Operation, LongAdder> failedByOperation = new EnumMap<>(Operation.class);
    /** Steps drawn when no complaint waited for them: not sent. */
    final Map<Operation, LongAdder> starved = new EnumMap<>(Operation.class);
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    final LongAdder probeRequests = new LongAdder();
    /** Reads of the processors' status that failed (timed out, mostly): the lag column misses those seconds. */
    final LongAdder statusFailures = new LongAdder();
    final Window[] windows;
    private final AtomicLong errorCount = new AtomicLong();
    private final AtomicLong lastAnswer = new AtomicLong();
    long end;

    LoadStep(int rate, long start, long windowNanos, int windowCount) {
        this.rate = rate;
        this.start = start;
        this.windowNanos = windowNanos;
        for (Operation operation : Operation.values()) {
            byOperation.put(operation, histogram());
            failedByOperation.put(operation, new LongAdder());
            starved.put(operation, new LongAdder());
        }
        windows = new Window[windowCount];
        for (int i = 0; i < windowCount; i++) {
            windows[i] = new Window();
        }
    }

    /** A time slice of a step: for a sustained rate, whether anything grows from one slice to the next. */
    static final class Window {
        final Histogram latency = histogram();
        final Histogram caseView = histogram();
        final Histogram queue = histogram();
        final LongAccumulator processorLag = new LongAccumulator(Math::max, -1);
        volatile String laggingGroup = "";
    }

    Window window(long at) {
        int index = (int) Math.max(0, (at - start) / windowNanos);
        return windows[Math.min(index, windows.length - 1)];
    }

    /** An answer (or a failure to get one) to a request meant to start at {@code intended}. */
    void answered(Operation operation, long intended, long now, String failure) {
        lastAnswer.accumulateAndGet(now, Math::max);
        long nanos = Math.min(Math.max(now - intended, 1), MAX_LATENCY);
        latency.recordValue(nanos);
        byOperation.get(operation).recordValue(nanos);
        window(intended).latency.recordValue(nanos);
        if (failure != null) {
            failedByOperation.get(operation).increment();
            error(failure.substring(0, failure.indexOf(' ') < 0 ? failure.length() : failure.indexOf(' ')),
                    operation.label + ": " + failure);
        }
    }

    /** A failure outside the requests counted (a probe's read-back): still an error of the step. */
    void error(String kind, String what) {
        errors.computeIfAbsent(kind, key -> new LongAdder()).increment();
        if (errorCount.incrementAndGet() <= 3) {
            firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    void readYourWrites(boolean queue, long lodgedIntended, long nanos) {
        Window window = window(lodgedIntended);
        (queue ? window.queue : window.caseView).recordValue(Math.min(Math.max(nanos, 1), MAX_LATENCY));
    }

    Histogram caseView() {
        return merged(false);
    }

    Histogram queue() {
        return merged(true);
    }

    private Histogram merged(boolean queue) {
        Histogram all = new Histogram(MAX_LATENCY, 3);
        for (Window window : windows) {
            all.add(queue ? window.queue : window.caseView);
        }
        return all;
    }

    long processorLag() {
        long max = -1;
        for (Window window : windows) {
            max = Math.max(max, window.processorLag.get());
        }
        return max;
    }

    long errorCount() {
        return errorCount.get();
    }

    long requests() {
        return latency.getTotalCount();
    }

    long failed() {
        return failedByOperation.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Successful requests per second, from the first intended start to the last answer or the schedule's end. */
    double achieved() {
        return (requests() - failed()) / ((end - start) / 1e9);
    }

    void finish(long scheduledEnd, long now) {
        end = Math.max(scheduledEnd, lastAnswer.get() == 0 ? now : lastAnswer.get());
    }

    /** "0", or "409: 3, timeout: 2". */
    String errorsByKind() {
        if (errors.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(errors).forEach((kind, count) ->
                text.append(text.isEmpty() ? "" : ", ").append(kind).append(": ").append(count.sum()));
        return text.toString();
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(MAX_LATENCY, 3);
    }
}
