package uk.co.welzo.klachten.query.cases;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.sentences.EventSentences;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;
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
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.query.readmodel.Erasure;


/**
 * Keeps one case document per complaint, written through a {@link ReadModelWriter}, so replay-safe.
 * (ReferenceNumberReserved only guards uniqueness on the command side and is not handled.)
 */
@Component
@ProcessingGroup("cases")
class CaseProjection {

    private final ReadModelWriter<CaseDocument> cases;

    CaseProjection(MongoTemplate mongo) {
        this.cases = ReadModelWriter.of(mongo, CaseDocument.class);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        CaseDocument found = cases.find(e.complaintId().value());
        CaseDocument lodged = found != null ? found : new CaseDocument();
        lodged.id = e.complaintId().value();
        if (!lodged.hasApplied(sequence)) {
            String holder = cases.otherIdHolding("reference", e.reference().value(), lodged.id,
                    () -> cases.payloadsOfBatch(ComplaintLodged.class).stream().map(l -> l.reference().value()).toList());
            if (holder != null) {
                // the unique index would refuse it too, but only when the whole batch is written: fail this event alone
                throw new DuplicateKeyException("reference " + e.reference().value() + " of complaint " + lodged.id
                        + " already belongs to case " + holder);
            }
        }
        apply(lodged, step(e, sequence), c -> {
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

    /** On the timeline; what it told the customer shows once it is sent and recorded as a communication. */
    @EventHandler
    void on(LetterWritten e, @SequenceNumber long sequence) {
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

    /** R8.2: the complainant becomes unreadable here too; the case and its history of facts stay. */
    @EventHandler
    void on(PersonalDataErased e, @SequenceNumber long sequence) {
        update(e.complaintId(), step(e, sequence), c -> c.erasePersonalData(e.occurredAt(), e.ground()));
    }

    @ResetHandler
    void reset() {
        // removes the documents but keeps the collection and its unique index on reference
        cases.clear();
    }

    private void update(ComplaintId id, CaseDocument.Step step, Consumer<CaseDocument> change) {
        cases.apply(id.value(), step.sequence(), change.andThen(c -> c.timeline.add(step)));
    }

    private void apply(CaseDocument c, CaseDocument.Step step, Consumer<CaseDocument> change) {
        cases.apply(c, step.sequence(), change.andThen(document -> document.timeline.add(step)));
    }

    private static CaseDocument.Step step(ComplaintEvent event, long sequence) {
        return new CaseDocument.Step(sequence, event.getClass().getSimpleName(), EventSentences.forTimeline(event),
                event.occurredAt(), event.recordedAt(), event.actor().name(),
                Erasure.whole(EventSentences.writtenIn(event)));
    }
}
