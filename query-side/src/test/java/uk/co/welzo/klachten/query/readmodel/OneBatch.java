package uk.co.welzo.klachten.query.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Delivers the events one at a time, then (after the projection's reset) all in one batch, then the whole batch
     * again as after a crash before the token was stored, and asserts that each time {@code documents} reads the same.
     * Compared as fields and values: the in-process server keeps a replaced document's old field order, so no
     * checksum. Returns the documents, for what a test checks beyond equality.
     */
    public static <T> T assertOneBatchLeavesWhatOneByOneLeaves(MongoTemplate mongo, EventMessageHandler projection,
                                                             List<EventMessage<?>> events, Supplier<T> documents)
            throws Exception {
        deliverOneByOne(projection, events);
        T oneByOne = documents.get();

        projection.prepareReset();
        deliver(mongo, projection, events);
        assertThat(documents.get()).as("one batch").isEqualTo(oneByOne);

        deliver(mongo, projection, events);
        assertThat(documents.get()).as("the same batch again").isEqualTo(oneByOne);
        return oneByOne;
    }
}
