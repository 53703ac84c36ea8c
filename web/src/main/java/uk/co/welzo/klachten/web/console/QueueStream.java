package uk.co.welzo.klachten.web.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueChange;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.web.security.Managers;

/**
 * The queue page's live updates: the same subscription query as the API's queue stream, told to the page as one
 * {@code change} event per changed complaint (its id only; the page fetches its rows again). A stream lasts a few minutes and
 * the browser's {@code EventSource} opens the next one, so a client that left is let go without a heartbeat; streams
 * still open when the service stops are ended first, so they never hold up the web server's graceful shutdown.
 */
@Controller
class QueueStream implements SmartLifecycle {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final QueryGateway queries;
    private final ConsoleTime time;
    private final Managers managers;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    QueueStream(QueryGateway queries, ConsoleTime time, Managers managers) {
        this.queries = queries;
        this.time = time;
        this.managers = managers;
    }

    @GetMapping(path = "/console/queue/stream", produces = "text/event-stream")
    @PreAuthorize(ConsoleController.STAFF)
    SseEmitter stream(@ModelAttribute("filters") QueueFilters filters, Authentication who) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        if (!running) {
            emitter.complete();
            return emitter;
        }
        Optional<FindWorkQueue> find = filters.query(who.getName(), managers.departmentOf(who).orElse(null), time);
        if (find.isEmpty()) { // the review view of a manager without a department: nothing to tell, until it ends
            open.add(emitter);
            emitter.onCompletion(() -> open.remove(emitter));
            emitter.onTimeout(() -> open.remove(emitter));
            return emitter;
        }
        SubscriptionQueryResult<WorkQueuePage, WorkQueueChange> subscription = queries.subscriptionQuery(
                find.get(), ResponseTypes.instanceOf(WorkQueuePage.class),
                ResponseTypes.instanceOf(WorkQueueChange.class));
        Disposable updates = subscription.updates().subscribe(change -> send(emitter, change), failure -> emitter.complete());
        Runnable end = () -> {
            open.remove(emitter);
            updates.dispose();
            subscription.cancel();
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(failure -> end.run());
        open.add(emitter);
        listening(emitter);
        return emitter;
    }

    /**
     * A comment first: the response's headers go out with the first write, and the browser's {@code EventSource} is
     * open (and the page knows it is listening) only when they arrive, which a quiet queue would hold back.
     */
    private static void listening(SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().comment("listening"));
        } catch (IOException | IllegalStateException gone) {
            emitter.complete();
        }
    }

    private static void send(SseEmitter emitter, WorkQueueChange change) {
        try {
            emitter.send(SseEmitter.event().name("change").data(change.complaintId()));
        } catch (IOException | IllegalStateException gone) {
            emitter.complete();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown starts waiting for open requests. */
    @Override
    public int getPhase() {
        return org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }
}
