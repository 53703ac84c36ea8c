package uk.co.welzo.klachten.platform.health;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when the event store tells where its head is: a read of the H2 file in the embedded
 * configuration, a call to Axon Server (bounded by its commit timeout) in the distributed one.
 */
class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final EventStore store;

    EventStoreHealthIndicator(EventStore store) {
        super("Event store did not tell its head position");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        TrackingToken head = store.createHeadToken();
        // an empty store has no head token
        long position = head == null ? -1 : head.position().orElse(-1);
        health.up()
                .withDetail("store", store.getClass().getSimpleName())
                .withDetail("headPosition", position);
    }
}
