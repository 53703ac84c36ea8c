package uk.co.welzo.klachten.query.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * Rebuilds read models from the event store: stops the group's processor, resets its tokens to
 * the start of the stream (which runs the group's {@code @ResetHandler}s and clears its
 * dead-letter queue) and starts it again. The processor then replays in the background while the
 * service keeps answering from the read model as it fills up again.
 * <p>
 * In the distributed configuration every instance's processor for the group must be stopped
 * first: a token claimed by another instance cannot be reset.
 */
@Service
class Replays {

    static final String ALL = "all";
    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    private static final long SHUTDOWN_SECONDS = 60;

    private final ProcessingGroups groups;
    private final EventStore events;
    private final TokenStore tokens;
    /** Groups reset by this instance whose processors have not yet reported their segments caught up. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    /** Of those, the groups whose processors were seen replaying: other instances may hold some segments. */
    private final Set<String> seenReplaying = ConcurrentHashMap.newKeySet();

    Replays(ProcessingGroups groups, EventStore events, TokenStore tokens) {
        this.groups = groups;
        this.events = events;
        this.tokens = tokens;
    }

    /** A read model that cannot answer until replayed, found at start-up: replayed as if an operator asked. */
    @org.springframework.context.event.EventListener
    void onReplayNeeded(uk.co.welzo.klachten.query.readmodel.ReplayNeeded needed) {
        try {
            start(needed.group(), needed.why());
        } catch (Refused refused) {
            if (refused.detail().code() != ErrorCode.REPLAY_ALREADY_RUNNING) {
                throw refused;
            }
            // asked twice (a start-up check hears the ready event of every context): the replay running does it
            log.info("Replay of processing group '{}' already running; not started again ({})", needed.group(),
                    needed.why());
        }
    }

    /** Starts the replays {@code actor} asked for (an operator's user name, recorded in the log before anything is wiped). */
    List<ReplayStatusView> start(String requested, String actor) {
        List<String> targets = ALL.equals(requested) ? groups.names() : List.of(requested);
        targets.forEach(groups::processor);
        log.warn("Replay of {} asked for by operator '{}': the read model(s) will be emptied and rebuilt",
                ALL.equals(requested) ? "every processing group" : "processing group '" + requested + "'", actor);
        synchronized (started) {
            for (String group : targets) {
                if (replaying(group)) {
                    throw Refused.of(ErrorCode.REPLAY_ALREADY_RUNNING, group);
                }
            }
            started.addAll(targets);
            seenReplaying.removeAll(targets);
        }
        for (String group : targets) {
            try {
                replayFromTheStart(group);
            } catch (RuntimeException failed) {
                started.remove(group);
                throw failed;
            }
        }
        return targets.stream().map(this::status).toList();
    }

    List<ReplayStatusView> status() {
        return groups.names().stream().map(this::status).toList();
    }

    private void replayFromTheStart(String group) {
        StreamingEventProcessor processor = groups.processor(group);
        if (events.createHeadToken() == null) {
            // no events yet, so no tokens: Mongo's token store cannot store a reset of a null token
            log.info("Replay of processing group '{}': the event store is empty, nothing to replay", group);
            started.remove(group);
            return;
        }
        log.info("Replay of processing group '{}': stopping its processor", group);
        stop(processor);
        try {
            processor.resetTokens();
            log.info("Replay of processing group '{}': tokens reset to the start, read model and dead letters cleared",
                    group);
        } finally {
            processor.start();
        }
    }

    private static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping processor " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("processor " + processor.getName() + " did not stop", e);
        }
    }

    private boolean replaying(String group) {
        return status(group).replaying();
    }

    ReplayStatusView status(String group) {
        StreamingEventProcessor processor = groups.processor(group);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        int segmentCount = tokens.fetchSegments(processor.getName()).length;
        boolean replaying = processor.isReplaying();
        if (replaying && started.contains(group)) {
            seenReplaying.add(group);
        }
        if (started.contains(group) && processor.isRunning() && !replaying && !segments.isEmpty()
                && (seenReplaying.contains(group) || segments.size() >= segmentCount)) {
            // segments are claimed again and none of them still holds a replay token
            started.remove(group);
        }
        replaying = replaying || started.contains(group);
        Long position = lowest(segments.values());
        Long head = positionOf(events.createHeadToken());
        return new ReplayStatusView(group, processor.isRunning(), replaying, segmentCount, position, head,
                percent(position, head));
    }

    static Long lowest(Collection<EventTrackerStatus> segments) {
        return segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .min(Long::compare)
                .orElse(null);
    }

    static Long positionOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    private static Integer percent(Long position, Long head) {
        if (head == null || head <= 0) {
            return 100;
        }
        if (position == null) {
            return 0;
        }
        return (int) Math.min(100, position * 100 / head);
    }
}
