package uk.co.welzo.klachten.query.admin;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.admin.DeadLetterEvictionView;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;
import uk.co.welzo.klachten.api.admin.EvictDeadLetters;
import uk.co.welzo.klachten.api.admin.FindDeadLetters;
import uk.co.welzo.klachten.api.admin.FindProcessors;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;
import uk.co.welzo.klachten.api.admin.RetryDeadLetters;
import uk.co.welzo.klachten.api.admin.StartReplay;
import uk.co.welzo.klachten.platform.problem.Refused;

/**
 * The operators' pages' route to this side's processors, over the query bus (the pages run as a service of their own
 * and reach the back end through the gateways only). Two reads, and three operator requests that act on this side's
 * own processors and dead-letter queues, never on a complaint: they are not domain commands (no aggregate could
 * handle them, and only the instance holding the processor can), so they are answered here, each with an
 * acknowledgement, as the REST API under {@code /api/admin} answers them. The page checked the ADMIN role; the actor
 * named in a request is written in the log line of what it did. A refusal (no such group, a replay running) crosses
 * the bus as an {@link uk.co.welzo.klachten.api.ErrorDetail}.
 */
@Component
class OperatorRequests {

    private final Replays replays;
    private final DeadLetters deadLetters;

    OperatorRequests(Replays replays, DeadLetters deadLetters) {
        this.replays = replays;
        this.deadLetters = deadLetters;
    }

    @QueryHandler
    List<ReplayStatusView> handle(FindProcessors query) {
        return answer(() -> query.group() == null ? replays.status() : List.of(replays.status(query.group())));
    }

    @QueryHandler
    List<DeadLetterQueueView> handle(FindDeadLetters query) {
        return answer(() -> query.group() == null ? deadLetters.all() : List.of(deadLetters.of(query.group())));
    }

    @QueryHandler
    List<ReplayStatusView> handle(StartReplay request) {
        return answer(() -> replays.start(request.group(), request.actor().name()));
    }

    @QueryHandler
    DeadLetterRetryView handle(RetryDeadLetters request) {
        return answer(() -> deadLetters.retry(request.group(), request.sequenceId(), request.actor().name()));
    }

    @QueryHandler
    DeadLetterEvictionView handle(EvictDeadLetters request) {
        return answer(() -> new DeadLetterEvictionView(request.group(), request.sequenceId(),
                deadLetters.evict(request.group(), request.sequenceId(), request.actor().name())));
    }

    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (Refused refused) {
            throw new QueryExecutionException(refused.getMessage(), null, refused.detail());
        }
    }
}
