package uk.co.welzo.klachten.command.integrity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;

/** Puts the chaining interceptor on the event store, in both configurations (embedded JDBC and Axon Server). */
@Component
class EventChainRegistration implements SmartInitializingSingleton {

    private final EventStore store;
    private final SubjectKeys keys;

    EventChainRegistration(EventStore store, SubjectKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.registerDispatchInterceptor(new ChainingInterceptor(store, keys));
    }
}
