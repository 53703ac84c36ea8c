package uk.co.welzo.klachten.query.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the case view's and the queue's processors read it, with word to them as soon as events are committed in
 * this process, so a read model shows a lodged complaint within milliseconds, not up to half a second later.
 * <p>
 * A processor that has caught up asks its stream to call it back when events arrive. Axon Server's streams can; the
 * embedded store's cannot, and a processor then looks again every 500 ms: a complaint answered with 201 was missing
 * from the case view and the queue for 0.1 to 0.6 s even on an idle service (#19's read-your-writes lag). Here each
 * stream that cannot call back gets a callback of ours: every commit of events published through this process's
 * event store wakes the waiting processors, once per {@code coalesce} at most, so a burst of commits is read in one
 * batch rather than one event at a time. Every {@code tick} they are woken anyway, as before, for events this process
 * did not publish. A stream that can call back itself (Axon Server's) is left as it is.
 */
public final class CommittedEvents implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration coalesce;
    private final Set<WakingStream> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "committed-events");
        thread.setDaemon(true);
        return thread;
    });
    private final Registration subscription;

    public CommittedEvents(EventStore events, Duration coalesce, Duration tick) {
        this.events = events;
        this.coalesce = coalesce;
        this.subscription = events.subscribe(this::published);
        timer.scheduleWithFixedDelay(this::wakeAll, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Called as events are published; they are readable once the unit of work that publishes them has committed. */
    private void published(List<? extends EventMessage<?>> published) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> committed());
        } else {
            committed();
        }
    }

    private void committed() {
        if (wakeScheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                wakeScheduled.set(false);
                wakeAll();
            }, coalesce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void wakeAll() {
        waiting.forEach(WakingStream::wake);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(events.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    @Override
    public void close() {
        subscription.cancel();
        timer.shutdownNow();
    }

    /** How many streams wait for our word now (for tests). */
    int waitingStreams() {
        return waiting.size();
    }

    /** A stream of the store's with our callback, when it has none of its own. */
    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callback;
        /** Woken by a commit: the store's reader may still be fetching what was committed, so wait a moment for it. */
        private volatile boolean woken;

        WakingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        void wake() {
            Runnable onAvailable = callback;
            if (onAvailable != null) {
                woken = true;
                onAvailable.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (stream.setOnAvailableCallback(callback)) {
                return true;
            }
            this.callback = callback;
            waiting.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (woken) {
                woken = false;
                try {
                    return stream.hasNextAvailable(20, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return stream.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            waiting.remove(this);
            stream.close();
        }
    }
}
