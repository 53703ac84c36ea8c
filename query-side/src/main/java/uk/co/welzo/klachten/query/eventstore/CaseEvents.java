package uk.co.welzo.klachten.query.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

/** Reads a complaint's events straight from the event store (never a snapshot, never a read model). */
@Component
public class CaseEvents {

    /** The reservation aggregate's id: the reference with this prefix (command side's ReferenceReservation). */
    public static final String RESERVATION_PREFIX = "reference:";

    private final EventStore store;

    CaseEvents(EventStore store) {
        this.store = store;
    }

    /** Every stored event of the complaint from sequence 0, as stored; empty when there is no such complaint. */
    public List<DomainEventMessage<?>> raw(String complaintId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = store.readEvents(complaintId, 0);
        while (stream.hasNext()) {
            events.add(stream.next());
        }
        return events;
    }

    public List<StoredEvent> of(String complaintId) {
        return raw(complaintId).stream().map(StoredEvent::of).toList();
    }

    public Optional<String> complaintIdOf(ReferenceNumber reference) {
        DomainEventStream stream = store.readEvents(RESERVATION_PREFIX + reference.value(), 0);
        return stream.hasNext() && stream.next().getPayload() instanceof ReferenceNumberReserved reserved
                ? Optional.of(reserved.complaintId().value()) : Optional.empty();
    }
}
