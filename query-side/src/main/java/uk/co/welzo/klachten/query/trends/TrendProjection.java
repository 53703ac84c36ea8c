package uk.co.welzo.klachten.query.trends;

import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;

/**
 * Keeps one trend fact per complaint. Only facts are copied out of the events, never their personal data or free
 * text (R8.1). Written through a {@link ReadModelWriter}, so replay-safe.
 */
@Component
@ProcessingGroup("trends")
class TrendProjection {

    private final ReadModelWriter<TrendFactDocument> facts;

    TrendProjection(MongoTemplate mongo) {
        this.facts = ReadModelWriter.of(mongo, TrendFactDocument.class);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        facts.replace(e.complaintId().value(), sequence, () -> {
            TrendFactDocument fact = new TrendFactDocument();
            fact.id = e.complaintId().value();
            fact.category = e.category();
            fact.channel = e.channel();
            fact.product = TrendFactDocument.key(e.product());
            fact.productLabel = TrendFactDocument.label(e.product());
            fact.receivedAt = e.occurredAt();
            return fact;
        });
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
        facts.clear();
    }

    private void update(ComplaintId complaintId, long sequence, Consumer<TrendFactDocument> change) {
        facts.apply(complaintId.value(), sequence, change);
    }
}
