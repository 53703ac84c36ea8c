package uk.co.welzo.klachten.query.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * #19, read-your-writes: a processor that has caught up hears of new events when they are committed, instead of
 * looking again every half second; never before the commit, when they cannot be read yet.
 */
class CommittedEventsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    /** A tick far beyond the test: only commits wake the streams. */
    private final CommittedEvents events = new CommittedEvents(store, Duration.ofMillis(5), Duration.ofHours(1));

    @AfterEach
    void stop() {
        events.close();
        store.shutDown();
    }

    @Test
    void wakesAWaitingStreamOnlyAfterTheEventsAreCommittedAndTheyCanThenBeRead() {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).as("the embedded store's own stream cannot")
                .isTrue();

        AtomicBoolean wokenBeforeCommit = new AtomicBoolean();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.execute(() -> {
            store.publish(new GenericDomainEventMessage<>("Complaint", "c-1", 0, "lodged"));
            unitOfWork.onCommit(u -> wokenBeforeCommit.set(woken.get() > 0));
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() > 0);
        assertThat(wokenBeforeCommit).isFalse();
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.peek()).hasValueSatisfying(event -> assertThat(event.getPayload()).isEqualTo("lodged"));
        stream.close();
    }

    @Test
    void wakesNothingForEventsWhoseUnitOfWorkRolledBack() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        stream.setOnAvailableCallback(woken::incrementAndGet);

        // the store hands the events to its subscribers while preparing the commit; the transaction then fails
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.publish(new GenericDomainEventMessage<>("Complaint", "c-1", 0, "lodged"));
        unitOfWork.onCommit(u -> {
            throw new IllegalStateException("the transaction could not commit");
        });
        assertThatThrownBy(unitOfWork::commit).isInstanceOf(IllegalStateException.class);
        assertThat(unitOfWork.isRolledBack()).isTrue();

        Thread.sleep(200); // forty times the gathering delay
        assertThat(woken).as("a wake-up is owed only for what was committed").hasValue(0);
        stream.close();
    }

    @Test
    void wakesOncePerBurstOfCommits() throws InterruptedException {
        CommittedEvents slow = new CommittedEvents(store, Duration.ofMillis(300), Duration.ofHours(1));
        try {
            BlockingStream<TrackedEventMessage<?>> stream = slow.openStream(null);
            AtomicInteger woken = new AtomicInteger();
            stream.setOnAvailableCallback(woken::incrementAndGet);

            for (int i = 0; i < 20; i++) {
                store.publish(new GenericDomainEventMessage<>("Complaint", "c-" + i, 0, "lodged"));
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() > 0);
            Thread.sleep(400);
            assertThat(woken).hasValue(1);
        } finally {
            slow.close();
        }
    }

    @Test
    void forgetsAClosedStream() {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        stream.setOnAvailableCallback(() -> { });
        assertThat(events.waitingStreams()).isOne();

        stream.close();

        assertThat(events.waitingStreams()).isZero();
    }
}
