package uk.co.welzo.klachten.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Read-your-writes: how long after a lodge's 201 the complaint can be read in the case view and in the work queue.
 * A probe is a lodge like the others but by letter, a channel no other request of the benchmark uses, received
 * {@code number} milliseconds before the run began: its acknowledgement deadline, and so its place in the queue
 * (soonest due first), comes before every earlier probe's. The queue filtered to letters thus shows the newest probe
 * first, and a probe is visible once it is on that page (or a later one, reached when the page holds newer probes
 * only). Both views are polled until the complaint is there, at first every {@code minPoll}, then every tenth of
 * the time waited so far: a lag is known within 10 % while a long one does not flood the service with reads. The polls
 * are counted and printed, as they load the service too.
 */
final class Probes {

    static final long GIVE_UP = TimeUnit.SECONDS.toNanos(30);
    /** Only probes lodged after this one come before it, a handful at a time: a short page keeps each poll cheap. */
    static final int PAGE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Requests requests;
    private final ScheduledExecutorService poller;
    private final long minPoll;
    private final String prefix;
    private final Instant runStart;

    Probes(HttpClient client, Requests requests, ScheduledExecutorService poller, long minPollNanos, String prefix,
           Instant runStart) {
        this.client = client;
        this.requests = requests;
        this.poller = poller;
        this.minPoll = minPollNanos;
        this.prefix = prefix;
        this.runStart = runStart;
    }

    String id(long number) {
        return prefix + number;
    }

    Instant receivedAt(long number) {
        return runStart.minusMillis(number);
    }

    /** Polls both views for probe {@code number}, lodged (201) at {@code created}; completes when both saw it. */
    CompletableFuture<Void> readBack(long number, long intended, long created, LoadStep step) {
        CompletableFuture<Void> caseView = new CompletableFuture<>();
        CompletableFuture<Void> queue = new CompletableFuture<>();
        pollCase(number, intended, created, step, caseView);
        pollQueue(number, 0, intended, created, step, queue);
        return CompletableFuture.allOf(caseView, queue);
    }

    private void pollCase(long number, long intended, long created, LoadStep step, CompletableFuture<Void> done) {
        step.probeRequests.increment();
        client.sendAsync(requests.caseView(id(number)), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    long now = System.nanoTime();
                    if (error == null && response.statusCode() == 200) {
                        step.readYourWrites(false, intended, now - created);
                        done.complete(null);
                    } else if (error == null && response.statusCode() == 404 && now - created < GIVE_UP) {
                        later(now - created, () -> pollCase(number, intended, created, step, done));
                    } else {
                        step.error("read-back", "case view of " + id(number) + ": "
                                + (error != null ? error : response.statusCode() + " after " + (now - created) / 1_000_000 + " ms"));
                        done.complete(null);
                    }
                });
    }

    private void pollQueue(long number, int page, long intended, long created, LoadStep step,
                           CompletableFuture<Void> done) {
        step.probeRequests.increment();
        client.sendAsync(requests.letterQueue(page), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> {
                    long now = System.nanoTime();
                    if (error != null || response.statusCode() != 200) {
                        step.error("read-back", "queue for " + id(number) + ": "
                                + (error != null ? error : response.statusCode() + " " + response.body()));
                        done.complete(null);
                        return;
                    }
                    Place place = place(response.body(), number);
                    if (place == Place.FOUND) {
                        step.readYourWrites(true, intended, now - created);
                        done.complete(null);
                    } else if (place == Place.LATER_PAGE) {
                        pollQueue(number, page + 1, intended, created, step, done);
                    } else if (now - created < GIVE_UP) {
                        later(now - created, () -> pollQueue(number, 0, intended, created, step, done));
                    } else {
                        step.error("read-back", "queue: " + id(number) + " not there after 30 s");
                        done.complete(null);
                    }
                });
    }

    enum Place { FOUND, LATER_PAGE, NOT_YET }

    /** Where probe {@code number} is, judged from one page of the letters' queue. */
    Place place(String page, long number) {
        JsonNode items;
        try {
            items = JSON.readTree(page).path("items");
        } catch (IOException unreadable) {
            throw new IllegalStateException("the queue answered what is not JSON: " + page, unreadable);
        }
        long last = Long.MAX_VALUE;
        for (JsonNode item : items) {
            String id = item.path("complaintId").asText();
            if (id.equals(id(number))) {
                return Place.FOUND;
            }
            if (id.startsWith(prefix)) {
                last = Long.parseLong(id.substring(prefix.length()));
            }
        }
        // newest first: a full page that ends on a newer probe may have this one after it
        return items.size() == PAGE && last > number ? Place.LATER_PAGE : Place.NOT_YET;
    }

    private void later(long waited, Runnable poll) {
        poller.schedule(poll, Math.max(minPoll, waited / 10), TimeUnit.NANOSECONDS);
    }
}
