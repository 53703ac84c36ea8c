package uk.co.welzo.klachten.query.improvement;

import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.event.ComplaintLinkedToAction;
import uk.co.welzo.klachten.api.improvement.event.ComplaintUnlinkedFromAction;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionAgreed;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionCompleted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionDropped;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionEvent;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionRaised;
import uk.co.welzo.klachten.api.improvement.event.ImprovementActionStarted;
import uk.co.welzo.klachten.api.improvement.event.ImprovementEffectReviewed;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Keeps one document per improvement action (R6.3), and each complaint's reference number so linked complaints show it.
 * Written through a {@link ReadModelWriter}: an event at or below a document's last sequence changes nothing, so replay,
 * retry and redelivery are safe.
 */
@Component
@ProcessingGroup("improvement")
class ImprovementProjection {

    private final ReadModelWriter<ImprovementActionDocument> actions;
    private final ReadModelWriter<ComplaintReferenceDocument> references;

    ImprovementProjection(MongoTemplate mongo) {
        this.actions = ReadModelWriter.of(mongo, ImprovementActionDocument.class);
        this.references = ReadModelWriter.of(mongo, ComplaintReferenceDocument.class);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        references.replace(e.complaintId().value(), sequence, () -> {
            ComplaintReferenceDocument reference = new ComplaintReferenceDocument();
            reference.id = e.complaintId().value();
            reference.reference = e.reference().value();
            return reference;
        });
    }

    @EventHandler
    void on(ImprovementActionRaised e, @SequenceNumber long sequence) {
        actions.replace(e.actionId().value(), sequence, () -> {
            ImprovementActionDocument action = new ImprovementActionDocument();
            action.id = e.actionId().value();
            action.title = e.title();
            action.problemKind = e.problem().kind();
            action.problemValue = e.problem().value();
            action.owningDepartment = e.owningDepartment();
            action.owner = e.owner();
            action.due = e.due();
            action.state = ImprovementState.PROPOSED;
            action.raisedAt = e.recordedAt();
            action.raisedBy = e.actor().name();
            action.record(sequence, "RAISED", e.actor().name(), e.recordedAt(), e.title());
            return action;
        });
    }

    @EventHandler
    void on(ComplaintLinkedToAction e, @SequenceNumber long sequence) {
        update(e, sequence, "COMPLAINT_LINKED", e.complaintId() + ": " + e.why(), action -> {
            ImprovementActionDocument.Link link = new ImprovementActionDocument.Link();
            link.complaintId = e.complaintId().value();
            link.why = e.why();
            link.linkedAt = e.recordedAt();
            link.linkedBy = e.actor().name();
            action.complaints.add(link);
        });
    }

    @EventHandler
    void on(ComplaintUnlinkedFromAction e, @SequenceNumber long sequence) {
        update(e, sequence, "COMPLAINT_UNLINKED", e.complaintId() + ": " + e.why(),
                action -> action.complaints.removeIf(link -> link.complaintId.equals(e.complaintId().value())));
    }

    @EventHandler
    void on(ImprovementActionAgreed e, @SequenceNumber long sequence) {
        update(e, sequence, "AGREED", null, action -> {
            action.state = ImprovementState.AGREED;
            action.agreedAt = e.recordedAt();
        });
    }

    @EventHandler
    void on(ImprovementActionStarted e, @SequenceNumber long sequence) {
        update(e, sequence, "STARTED", null, action -> {
            action.state = ImprovementState.IN_PROGRESS;
            action.startedAt = e.recordedAt();
        });
    }

    @EventHandler
    void on(ImprovementActionCompleted e, @SequenceNumber long sequence) {
        update(e, sequence, "COMPLETED", e.whatWasDone(), action -> {
            action.state = ImprovementState.DONE;
            action.doneAt = e.recordedAt();
            action.whatWasDone = e.whatWasDone();
        });
    }

    @EventHandler
    void on(ImprovementEffectReviewed e, @SequenceNumber long sequence) {
        update(e, sequence, "EFFECT_REVIEWED", e.finding(), action -> {
            action.state = ImprovementState.EFFECT_REVIEWED;
            action.effectReviewedAt = e.recordedAt();
            action.effectFinding = e.finding();
        });
    }

    @EventHandler
    void on(ImprovementActionDropped e, @SequenceNumber long sequence) {
        update(e, sequence, "DROPPED", e.reason(), action -> {
            action.state = ImprovementState.DROPPED;
            action.droppedAt = e.recordedAt();
            action.dropReason = e.reason();
        });
    }

    @ResetHandler
    void reset() {
        actions.clear();
        references.clear();
    }

    private void update(ImprovementActionEvent e, long sequence, String step, String detail,
                        Consumer<ImprovementActionDocument> change) {
        actions.apply(e.actionId().value(), sequence, action -> {
            change.accept(action);
            action.record(sequence, step, e.actor().name(), e.recordedAt(), detail);
        });
    }
}
