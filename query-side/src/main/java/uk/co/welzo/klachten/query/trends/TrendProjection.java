package uk.co.welzo.klachten.query.trends;

import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.batch.DocumentBatch;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;

/**
 * Keeps one trend fact per complaint. Only facts are copied out of the events, never their personal data or free
 * text (R8.1). Replay-safe: each fact remembers the last aggregate sequence number applied, and an event at or below
 * it changes nothing.
 */
@Component
@ProcessingGroup("trends")
class TrendProjection {

    private final MongoTemplate mongo;

    TrendProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        DocumentBatch batch = DocumentBatch.current(mongo);
        TrendFactDocument found = batch.find(TrendFactDocument.class, e.complaintId().value());
        if (found != null && found.lastSequence >= sequence) {
            return;
        }
        TrendFactDocument fact = new TrendFactDocument();
        fact.id = e.complaintId().value();
        fact.category = e.category();
        fact.channel = e.channel();
        fact.product = TrendFactDocument.key(e.product());
        fact.productLabel = TrendFactDocument.label(e.product());
        fact.receivedAt = e.occurredAt();
        save(batch, fact, sequence);
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> {
            fact.acknowledgedAt = e.occurredAt();
            fact.hoursToAcknowledge = TrendFactDocument.hoursBetween(fact.receivedAt, e.occurredAt());
        });
    }

    @EventHandler
    void on(ComplaintRecategorised e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.category = e.category());
    }

    @EventHandler
    void on(DepartmentInputRequested e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.ask(e.department()));
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.resolve(e.stage(), e.outcome(), e.rootCause(), e.occurredAt()));
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> {
            fact.escalated = true;
            fact.escalatedAt = e.occurredAt();
        });
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TrendFactDocument.class);
    }

    private void update(ComplaintId complaintId, long sequence, Consumer<TrendFactDocument> change) {
        DocumentBatch batch = DocumentBatch.current(mongo);
        TrendFactDocument fact = batch.find(TrendFactDocument.class, complaintId.value());
        if (fact == null) {
            // one aggregate's events arrive in order, so this is a damaged read model: fail loudly and retry
            throw new IllegalStateException("complaint " + complaintId + " has no trend fact to apply event "
                    + sequence + " to");
        }
        if (fact.lastSequence >= sequence) {
            return;
        }
        change.accept(fact);
        save(batch, fact, sequence);
    }

    private static void save(DocumentBatch batch, TrendFactDocument fact, long sequence) {
        fact.lastSequence = sequence;
        batch.save(fact);
    }
}
