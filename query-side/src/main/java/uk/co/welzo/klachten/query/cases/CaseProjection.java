package uk.co.welzo.klachten.query.cases;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.EventSentences;
import uk.co.welzo.klachten.query.batch.DocumentBatch;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ExternalReferralRecorded;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;


/**
 * Keeps one case document per complaint. Replay-safe: each document remembers the last aggregate
 * sequence number applied, and an event at or below it changes nothing. (ReferenceNumberReserved
 * only guards uniqueness on the command side and is not handled.)
 */
@Component
@ProcessingGroup("cases")
class CaseProjection {

    private final MongoTemplate mongo;

    CaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        DocumentBatch batch = DocumentBatch.current(mongo);
        CaseDocument found = batch.find(CaseDocument.class, e.complaintId().value());
        CaseDocument lodged = found != null ? found : new CaseDocument();
        lodged.id = e.complaintId().value();
        if (lodged.lastSequence < sequence) {
            batch.prefetchHolders(CaseDocument.class, "reference",
                    batch.payloads(ComplaintLodged.class).stream().map(l -> l.reference().value()).toList());
            String holder = batch.otherIdHolding(CaseDocument.class, "reference", e.reference().value(), lodged.id);
            if (holder != null) {
                // the unique index would refuse it too, but only when the whole batch is written: fail this event alone
                throw new DuplicateKeyException("reference " + e.reference().value() + " of complaint " + lodged.id
                        + " already belongs to case " + holder);
            }
        }
        apply(batch, lodged, step(e, sequence), c -> {
                    c.reference = e.reference().value();
                    c.follow(e);
                    c.channel = e.channel();
                    c.category = e.category();
                    c.complainant = e.complainant();
                    c.description = e.description();
                    c.orderNumber = e.orderNumber();
                    c.product = e.product();
                    c.receivedAt = e.occurredAt();
                });
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> c.follow(e));
    }

    @EventHandler
    void on(ComplaintAssigned e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence),
                c -> c.handler = e.handler());
    }

    @EventHandler
    void on(ComplaintRecategorised e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> c.category = e.category());
    }

    @EventHandler
    void on(DepartmentInputRequested e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> c.inquiries.add(new CaseDocument.Inquiry(
                        e.inquiryId().value(), e.department(), e.question(), e.occurredAt(), null, null)));
    }

    @EventHandler
    void on(DepartmentInputReceived e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence),
                c -> c.answerInquiry(e.inquiryId().value(), e.answer(), e.occurredAt()));
    }

    @EventHandler
    void on(CustomerCommunicationRecorded e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> { });
    }

    @EventHandler
    void on(InvestigationNoteRecorded e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> { });
    }

    @EventHandler
    void on(DeadlineExtended e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence),
                c -> c.follow(e));
    }

    @EventHandler
    void on(DeadlineWarningIssued e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> { });
    }

    @EventHandler
    void on(DeadlineMissed e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> { });
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> {
            c.follow(e);
            c.outcome = e.outcome();
            c.remedy = e.remedy();
            c.rootCause = e.rootCause();
            c.escalationWindowEnds = e.escalationWindowEnds();
        });
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> c.follow(e));
    }

    @EventHandler
    void on(EscalationAcknowledged e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> {
                    c.follow(e);
                    c.departmentManager = e.departmentManager();
                });
    }

    @EventHandler
    void on(ExternalReferralRecorded e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence),
                c -> c.externalReferrals.add(e.body()));
    }

    @EventHandler
    void on(ComplaintClosed e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> {
            c.follow(e);
            c.closureReason = e.reason().name();
        });
    }

    @EventHandler
    void on(ComplaintWithdrawn e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence),
                c -> c.follow(e));
    }

    @ResetHandler
    void reset() {
        // removes the documents but keeps the collection and its unique index on reference
        mongo.remove(new Query(), CaseDocument.class);
    }

    private void update(ComplaintId id, CaseDocument.Step step, Consumer<CaseDocument> change) {
        DocumentBatch batch = DocumentBatch.current(mongo);
        CaseDocument found = batch.find(CaseDocument.class, id.value());
        if (found == null) {
            // one aggregate's events arrive in order, so this is a damaged read model: fail loudly and retry
            throw new IllegalStateException("case " + id + " has no document to apply event " + step.sequence() + " to");
        }
        apply(batch, found, step, change);
    }

    private void apply(DocumentBatch batch, CaseDocument c, CaseDocument.Step step, Consumer<CaseDocument> change) {
        if (step.sequence() <= c.lastSequence) {
            return;
        }
        change.accept(c);
        c.timeline.add(step);
        c.lastSequence = step.sequence();
        batch.save(c);
    }

    private static CaseDocument.Step step(ComplaintEvent event, long sequence) {
        return new CaseDocument.Step(sequence, event.getClass().getSimpleName(), EventSentences.forTimeline(event),
                event.occurredAt(), event.recordedAt(), event.actor().name());
    }
}
