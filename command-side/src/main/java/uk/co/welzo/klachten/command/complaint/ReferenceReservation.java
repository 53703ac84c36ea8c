package uk.co.welzo.klachten.command.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

/**
 * Holds one reference number for one complaint. Its aggregate id is the reference, so the event
 * store (JDBC primary key or Axon Server) refuses a second stream with the same reference in the
 * same unit of work that lodges the complaint: uniqueness without reading any read model (R2.2).
 */
@Aggregate
public class ReferenceReservation {

    /** Prefixed so it can never equal a complaint id, whose form has no colon. */
    static final String ID_PREFIX = "reference:";

    @AggregateIdentifier
    private String reservationId;

    protected ReferenceReservation() {
        // for Axon
    }

    ReferenceReservation(ReferenceNumber reference, ComplaintId complaintId, Instant recordedAt) {
        apply(new ReferenceNumberReserved(reference, complaintId, recordedAt));
    }

    @EventSourcingHandler
    void on(ReferenceNumberReserved event) {
        reservationId = ID_PREFIX + event.reference();
    }
}
