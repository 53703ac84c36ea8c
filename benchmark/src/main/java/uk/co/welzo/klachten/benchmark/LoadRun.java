package uk.co.welzo.klachten.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * One scenario against one service: the open-model generator and its steps. Requests leave at a fixed rate from one
 * thread that sleeps until each one's intended start and then only builds and hands it to the shared {@code HttpClient};
 * answers are handled on the client's threads. A request's latency counts from its intended start, so a service that
 * falls behind shows its queue instead of slowing the generator down (no coordinated omission).
 */
final class LoadRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** Discards what a request answered when it succeeded, keeps it to show when it did not. */
    private static final HttpResponse.BodyHandler<String> BODY_IF_FAILED = info -> info.statusCode() / 100 == 2
            ? HttpResponse.BodySubscribers.replacing(null) : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    private final HttpClient client;
    private final ServiceProcess service;
    private final Requests requests;
    private final Probes probes;
    private final ScheduledExecutorService poller;
    private final String scenario;
    private final Mix mix;
    private final Desk desk = new Desk();
    private final String lodgePrefix;
    private final long probeInterval;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong probeSequence = new AtomicLong();
    /** Lodges answered 2xx since the service started, probes and seeds included: what the queue must hold. */
    final AtomicLong lodged = new AtomicLong();
    /** Lodges that got no answer (a timeout, a broken connection): the service may or may not have taken them. */
    final AtomicLong lodgesUnanswered = new AtomicLong();
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private long nextProbe;

    LoadRun(HttpClient client, ServiceProcess service, Requests requests, Probes probes,
            ScheduledExecutorService poller, String scenario, String runId, double probesPerSecond, int maxInFlight) {
        this.client = client;
        this.service = service;
        this.requests = requests;
        this.probes = probes;
        this.poller = poller;
        this.scenario = scenario;
        this.mix = Mix.of(scenario);
        this.lodgePrefix = "load-" + runId + "-";
        // --ryw=0: no probes (an interval of Long.MAX_VALUE would overflow below and make every lodge one)
        this.probeInterval = probesPerSecond > 0 ? (long) (SECOND / probesPerSecond) : 0;
        this.maxInFlight = maxInFlight;
    }

    Mix mix() {
        return mix;
    }

    /**
     * For the mixed day: complaints at every step before the first request, so that a step is not starved while the
     * flow fills up: {@code count} lodged, three quarters of them acknowledged, half assigned, a quarter called. A
     * closed loop of 16 at a time: how fast does not matter here.
     */
    void seed(int count) throws InterruptedException {
        long started = System.nanoTime();
        LoadStep ignored = new LoadStep(1, started, Long.MAX_VALUE, 1);
        closedLoop(count, () -> lodge(ignored, System.nanoTime(), false));
        closedLoop(count * 3 / 4, () -> onDesk(Operation.ACKNOWLEDGE, ignored, System.nanoTime()));
        closedLoop(count / 2, () -> onDesk(Operation.ASSIGN, ignored, System.nanoTime()));
        closedLoop(count / 4, () -> onDesk(Operation.CALL, ignored, System.nanoTime()));
        System.out.printf("seeded in %.1f s: %,d lodged; waiting for acknowledgement %d, assignment %d, a call %d,"
                        + " resolution %d; %d errors%s%n", (System.nanoTime() - started) / 1e9, count,
                desk.waitingFor(Operation.ACKNOWLEDGE), desk.waitingFor(Operation.ASSIGN),
                desk.waitingFor(Operation.CALL), desk.waitingFor(Operation.RESOLVE), ignored.errorCount(),
                ignored.firstErrors.isEmpty() ? "" : " " + ignored.firstErrors);
    }

    private void closedLoop(int count, java.util.function.Supplier<CompletableFuture<?>> send)
            throws InterruptedException {
        Semaphore slots = new Semaphore(16);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            CompletableFuture<?> sent = send.get();
            if (sent == null) {
                slots.release();
                continue;
            }
            pending.add(sent.whenComplete((done, error) -> slots.release()));
        }
        pending.forEach(future -> future.exceptionally(error -> null).join());
    }

    /**
     * Sends the scenario at {@code rate} per second for {@code seconds}, then waits for every answer and read-back.
     * {@code windows} slices of the step are measured apart as well; the processors' lag is read every second.
     */
    LoadStep step(int rate, int seconds, int windows) throws InterruptedException {
        long period = SECOND / rate;
        long count = (long) rate * seconds;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
        LoadStep step = new LoadStep(rate, start, (long) seconds * SECOND / windows, windows);
        ScheduledFuture<?> lag = poller.scheduleAtFixedRate(() -> processorLag(step), 1, 1, TimeUnit.SECONDS);
        nextProbe = start;
        List<CompletableFuture<?>> pending = new ArrayList<>((int) Math.min(count, 1 << 20));
        for (long i = 0; i < count; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<?> sent = send(mix.next(), step, intended);
            if (sent != null) {
                pending.add(sent);
            }
        }
        for (CompletableFuture<?> future : pending) {
            future.exceptionally(error -> null).join();
        }
        lag.cancel(false);
        // at least the scheduled length: a step whose answers came quickly did not run faster than it was offered
        step.finish(start + count * period, System.nanoTime());
        return step;
    }

    private CompletableFuture<?> send(Operation operation, LoadStep step, long intended) {
        return switch (operation) {
            case LODGE -> {
                boolean probe = probeInterval > 0 && intended >= nextProbe;
                if (probe) {
                    nextProbe = Math.max(nextProbe, intended) + probeInterval;
                }
                yield lodge(step, intended, probe);
            }
            case ACKNOWLEDGE, ASSIGN, CALL, RESOLVE -> onDesk(operation, step, intended);
            case NOTE -> onSettled(operation, step, intended, id -> requests.command(Operation.NOTE, id));
            case CASE_VIEW -> onSettled(operation, step, intended, requests::caseView);
            case SLA_CLOCKS -> onSettled(operation, step, intended, requests::slaClocks);
            case QUEUE_PAGE -> send(operation, requests.queuePage(sequence.incrementAndGet()), step, intended, null);
            case TREND_COUNTS -> send(operation, requests.trendCounts(), step, intended, null);
        };
    }

    private CompletableFuture<?> lodge(LoadStep step, long intended, boolean probe) {
        long number = sequence.incrementAndGet();
        if (probe) {
            long probeNumber = probeSequence.incrementAndGet();
            String id = probes.id(probeNumber);
            AtomicBoolean reading = new AtomicBoolean();
            CompletableFuture<Void> readBack = new CompletableFuture<>();
            CompletableFuture<Void> sent = send(Operation.LODGE,
                    requests.lodgeByLetter(id, number, probes.receivedAt(probeNumber)), step, intended, created -> {
                        reading.set(true);
                        lodged.incrementAndGet();
                        probes.readBack(probeNumber, intended, created, step).whenComplete((done, error) -> {
                            // the mixed day handles a probe like any other lodge, once it has been read back
                            if (scenario.equals("mixed")) {
                                desk.done(Operation.LODGE, id, System.nanoTime());
                            }
                            readBack.complete(null);
                        });
                    });
            if (sent == null) {
                return null;
            }
            // the answer's handler has run when sent completes: reading is set by then if the lodge succeeded
            return sent.thenCompose(answered -> reading.get() ? readBack : CompletableFuture.completedFuture(null));
        }
        String id = lodgePrefix + number;
        HttpRequest request = scenario.equals("mixed") ? requests.lodgeByPhone(id, number)
                : requests.lodgeByEmail(id, number);
        return send(Operation.LODGE, request, step, intended, created -> {
            lodged.incrementAndGet();
            if (scenario.equals("mixed")) {
                desk.done(Operation.LODGE, id, created);
            }
        });
    }

    private CompletableFuture<?> onDesk(Operation operation, LoadStep step, long intended) {
        String id = desk.take(operation);
        if (id == null) {
            step.starved.get(operation).increment();
            return null;
        }
        return send(operation, requests.command(operation, id), step, intended,
                done -> desk.done(operation, id, done));
    }

    private CompletableFuture<?> onSettled(Operation operation, LoadStep step, long intended,
                                           java.util.function.Function<String, HttpRequest> request) {
        String id = desk.settled(intended);
        if (id == null) {
            step.starved.get(operation).increment();
            return null;
        }
        return send(operation, request.apply(id), step, intended, null);
    }

    /** Sends one request; its answer is recorded, and on success {@code then} is told when it came. */
    private CompletableFuture<Void> send(Operation operation, HttpRequest request, LoadStep step, long intended,
                                         LongConsumer then) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            // far past the knee: more open connections would exhaust the machine's ports and files, not the service
            inFlight.decrementAndGet();
            step.error("not sent (" + maxInFlight + " in flight)", operation.label + " not sent: " + maxInFlight
                    + " requests already waiting for an answer");
            return null;
        }
        return client.sendAsync(request, BODY_IF_FAILED).handle((response, error) -> {
            inFlight.decrementAndGet();
            long now = System.nanoTime();
            String failure = null;
            if (error != null) {
                failure = kind(error) + " " + request.method() + " " + request.uri().getPath();
                if (operation == Operation.LODGE) {
                    lodgesUnanswered.incrementAndGet();
                }
            } else if (response.statusCode() / 100 != 2) {
                failure = response.statusCode() + " " + request.method() + " " + request.uri().getPath() + " "
                        + response.body();
            }
            step.answered(operation, intended, now, failure);
            if (failure == null && then != null) {
                then.accept(now);
            }
            return null;
        });
    }

    private static String kind(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
    }

    /** The largest lag of any processing group, from the operators' replay status, into the window it was read in. */
    private void processorLag(LoadStep step) {
        try {
            Lag lag = processorLag();
            if (lag != null) {
                LoadStep.Window window = step.window(System.nanoTime());
                if (lag.events > window.processorLag.get()) {
                    window.laggingGroup = lag.group;
                }
                window.processorLag.accumulate(lag.events);
            }
        } catch (RuntimeException | IOException | InterruptedException unreadable) {
            // the operators' view, not the scenario: shown, but no error of the step
            step.statusFailures.increment();
        }
    }

    record Lag(String group, long events) {
    }

    /** The group furthest behind the event store's head, and by how many events; null if none reports a position. */
    Lag processorLag() throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(requests.processorStatus(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET /api/admin/replays answered " + answer.statusCode() + " " + answer.body());
        }
        Lag worst = null;
        for (JsonNode group : JSON.readTree(answer.body())) {
            if (group.path("headPosition").isNumber()) {
                long head = group.path("headPosition").asLong();
                long position = group.path("position").isNumber() ? group.path("position").asLong() : -1;
                long lag = Math.max(0, head - position);
                if (worst == null || lag > worst.events) {
                    worst = new Lag(group.path("group").asText(), lag);
                }
            }
        }
        return worst;
    }

    /** The work queue's total: every open complaint. */
    long queueTotal() throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(requests.queueTotal(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET /api/queue answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).path("total").asLong(-1);
    }

    long serviceCpuTicks() throws IOException {
        return service.cpuTicks();
    }
}
