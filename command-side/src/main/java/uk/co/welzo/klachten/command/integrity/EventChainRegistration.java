package uk.co.welzo.klachten.command.integrity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Puts the chaining interceptor on the event store, in both configurations (embedded JDBC and Axon Server). */
@Component
class EventChainRegistration implements SmartInitializingSingleton {

    private final EventStore store;

    EventChainRegistration(EventStore store) {
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.registerDispatchInterceptor(new ChainingInterceptor(store));
    }
}
