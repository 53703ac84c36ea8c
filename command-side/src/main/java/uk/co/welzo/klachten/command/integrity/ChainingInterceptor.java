package uk.co.welzo.klachten.command.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/**
 * Adds the chain's metadata ({@link EventChain}) to every domain event as it is stored. Within a unit
 * of work it chains to the aggregate's event just before; the first event of a unit of work with a
 * sequence above zero chains to the hash the stored previous event ends with. Two units of work on
 * one aggregate cannot interleave: the store refuses the second append of a sequence number.
 */
final class ChainingInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String HEADS = ChainingInterceptor.class.getName() + ".heads";
    /** What an aggregate's chain links to when its previous event was stored before chaining existed. */
    static final String UNCHAINED = "unchained";

    private final EventStore store;
    private final SubjectKeys keys;

    ChainingInterceptor(EventStore store, SubjectKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, String> heads = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(HEADS, key -> new HashMap<String, String>())
                : new HashMap<>();
        Map<Integer, EventMessage<?>> chained = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof DomainEventMessage<?> event && !event.getMetaData().containsKey(EventChain.HASH)) {
                String previous = heads.containsKey(event.getAggregateIdentifier())
                        ? heads.get(event.getAggregateIdentifier()) : storedHead(event);
                EventChain.Link link = EventChain.link(previous, event, keys);
                chained.put(i, event.andMetaData(link.metaData()));
                heads.put(event.getAggregateIdentifier(), link.hash());
            }
        }
        return (index, message) -> chained.getOrDefault(index, message);
    }

    private String storedHead(DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        DomainEventStream stored = store.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
        if (!stored.hasNext()) {
            return UNCHAINED;
        }
        Object hash = stored.next().getMetaData().get(EventChain.HASH);
        return hash == null ? UNCHAINED : hash.toString();
    }
}
