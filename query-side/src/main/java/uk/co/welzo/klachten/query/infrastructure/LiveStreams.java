package uk.co.welzo.klachten.query.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The live-update streams (server-sent events) open on this instance, each fed by a subscription query. A stream ends,
 * and its subscription with it, when its client is gone (a write fails: the heartbeat makes sure one is tried, or the
 * container reports an error or time-out) and when the service stops. Stopping comes before the web server's graceful
 * shutdown, which waits for open requests: a stream never ends by itself and would hold every stop for the whole grace
 * period.
 * <p>
 * Events flow only once Spring MVC has set the emitter up, and never on the request's own thread. An event sent
 * earlier is written while the emitter is set up; when that write fails (the client left at once) the emitter never
 * learns of the failure, nothing ends the stream, and the servlet container counts the request open until a graceful
 * shutdown gives up waiting for it.
 */
@Component
public class LiveStreams implements SmartLifecycle, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    /** The heartbeat finds clients that have gone; a container time-out would only cut off those still watching. */
    private static final long NO_TIMEOUT = 0L;
    private static final String NOT_STARTED = LiveStreams.class.getName() + ".notStarted";

    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    private final Duration heartbeat;
    private volatile boolean running;

    public LiveStreams(@Value("${klachten.live.heartbeat:PT15S}") Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** An event {@code initialEvent} with the subscription's initial result, then one {@code updateEvent} per update. */
    public SseEmitter stream(SubscriptionQueryResult<?, ?> subscription, String initialEvent, String updateEvent) {
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
        Flux<SseEventBuilder> events = subscription.initialResult().flux()
                .map(initial -> SseEmitter.event().name(initialEvent).data(initial))
                .concatWith(subscription.updates().map(update -> SseEmitter.event().name(updateEvent).data(update)));
        Flux<SseEventBuilder> heartbeats = Flux.interval(heartbeat).map(tick -> SseEmitter.event().comment("keep-alive"));
        LiveStream stream = new LiveStream(emitter, subscription, events.mergeWith(heartbeats));
        open.add(stream);
        emitter.onCompletion(stream::end);
        emitter.onTimeout(stream::end);
        emitter.onError(failure -> stream.end());
        if (!running) {
            stream.end(); // stopping: the client reconnects, to another instance
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            servlet.getRequest().setAttribute(NOT_STARTED, stream);
        } else {
            stream.start();
        }
        return emitter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AsyncHandlerInterceptor() {
            @Override
            public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                                       Object handler) {
                // the emitter is set up and has its callbacks now
                if (request.getAttribute(NOT_STARTED) instanceof LiveStream stream) {
                    request.removeAttribute(NOT_STARTED);
                    stream.start();
                }
            }
        });
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (!open.isEmpty()) {
            log.info("Ending {} live-update stream(s) before the web server shuts down", open.size());
        }
        open.forEach(LiveStream::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the graceful shutdown of the web server starts waiting for open requests. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }

    /** How many streams are open now. */
    public int openStreams() {
        return open.size();
    }

    private final class LiveStream {

        private final SseEmitter emitter;
        private final SubscriptionQueryResult<?, ?> subscription;
        private final Flux<SseEventBuilder> events;
        private final Sinks.Empty<Void> ended = Sinks.empty();

        private LiveStream(SseEmitter emitter, SubscriptionQueryResult<?, ?> subscription, Flux<SseEventBuilder> events) {
            this.emitter = emitter;
            this.subscription = subscription;
            this.events = events;
        }

        private void start() {
            events.takeUntilOther(ended.asMono())
                    .subscribeOn(Schedulers.boundedElastic())
                    .doFinally(signal -> {
                        open.remove(this);
                        subscription.cancel();
                    })
                    .subscribe(this::send, emitter::completeWithError, emitter::complete);
        }

        private void send(SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                end(); // the client has gone, or the response ended already
            }
        }

        /** Ends the events, the heartbeats and the subscription; the response then completes. */
        private void end() {
            ended.tryEmitEmpty();
        }
    }
}
