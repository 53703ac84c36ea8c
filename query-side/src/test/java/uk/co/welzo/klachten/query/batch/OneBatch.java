package uk.co.welzo.klachten.query.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Delivers events to a projection as a pooled streaming processor does: many in one batching unit of work. */
public final class OneBatch {

    private OneBatch() {
    }

    /** All the events in one batch, through the {@link BatchedWritesInterceptor}; fails as the batch would fail. */
    public static void deliver(MongoTemplate mongo, EventMessageHandler projection, List<EventMessage<?>> events)
            throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        BatchedWritesInterceptor interceptor = new BatchedWritesInterceptor(mongo);
        ResultMessage<?> result = batch.executeWithResult(() -> new DefaultInterceptorChain<EventMessage<?>>(
                batch, List.of(interceptor), message -> projection.handle(message)).proceed());
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    /** Each complaint's events as domain events, interleaved: every complaint's first, then every second, ... */
    public static List<EventMessage<?>> interleaved(Map<String, List<Object>> histories) {
        List<EventMessage<?>> events = new ArrayList<>();
        int longest = histories.values().stream().mapToInt(List::size).max().orElse(0);
        for (int sequence = 0; sequence < longest; sequence++) {
            for (Map.Entry<String, List<Object>> history : histories.entrySet()) {
                if (sequence < history.getValue().size()) {
                    events.add(new GenericDomainEventMessage<>("Complaint", history.getKey(), sequence,
                            history.getValue().get(sequence)));
                }
            }
        }
        return events;
    }

    /** One at a time, each in no unit of work: how the projections write through. */
    public static void deliverOneByOne(EventMessageHandler projection, List<EventMessage<?>> events) throws Exception {
        for (EventMessage<?> event : events) {
            projection.handle(event);
        }
    }
}
