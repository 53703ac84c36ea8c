package uk.co.welzo.klachten.query.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionSummary;
import uk.co.welzo.klachten.api.improvement.query.ImprovementActionView;
import uk.co.welzo.klachten.api.improvement.query.ImprovementStepSummary;
import uk.co.welzo.klachten.api.improvement.query.LinkedComplaintSummary;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One improvement action (R6.3), keyed by its id: its problem, owner, due date, the moment of each step, the complaints
 * linked to it now and every step in order. No customer's personal data: complaints by id only.
 */
@Document(ImprovementActionDocument.COLLECTION)
class ImprovementActionDocument extends ProjectedDocument {

    static final String COLLECTION = "improvement_actions";

    @Id
    String id;
    String title;
    ProblemKind problemKind;
    String problemValue;
    String owningDepartment;
    String owner;
    LocalDate due;
    ImprovementState state;
    Instant raisedAt;
    String raisedBy;
    Instant agreedAt;
    Instant startedAt;
    Instant doneAt;
    String whatWasDone;
    Instant effectReviewedAt;
    String effectFinding;
    Instant droppedAt;
    String dropReason;
    List<Link> complaints = new ArrayList<>();
    List<Step> history = new ArrayList<>();

    /** A complaint linked now. */
    static class Link {
        String complaintId;
        String why;
        Instant linkedAt;
        String linkedBy;
    }

    /** One step taken, in order. */
    static class Step {
        long sequence;
        String step;
        String actor;
        Instant at;
        String detail;
    }

    void record(long sequence, String step, String actor, Instant at, String detail) {
        Step taken = new Step();
        taken.sequence = sequence;
        taken.step = step;
        taken.actor = actor;
        taken.at = at;
        taken.detail = detail;
        history.add(taken);
    }

    boolean overdue(LocalDate today) {
        return state != null && state.isOpen() && due != null && due.isBefore(today);
    }

    ProblemArea problem() {
        return new ProblemArea(problemKind, problemValue);
    }

    ImprovementActionSummary toSummary(LocalDate today) {
        return new ImprovementActionSummary(id, title, problem(), owningDepartment, owner, due, state, overdue(today),
                complaints.size(), raisedAt, doneAt);
    }

    ImprovementActionView toView(LocalDate today, java.util.Map<String, String> references) {
        return new ImprovementActionView(id, title, problem(), owningDepartment, owner, due, state, overdue(today),
                raisedAt, raisedBy, agreedAt, startedAt, doneAt, whatWasDone, effectReviewedAt, effectFinding,
                droppedAt, dropReason,
                complaints.stream().map(link -> new LinkedComplaintSummary(link.complaintId,
                        references.get(link.complaintId), link.why, link.linkedAt, link.linkedBy)).toList(),
                history.stream().map(step -> new ImprovementStepSummary(step.sequence, step.step, step.actor, step.at,
                        step.detail)).toList(),
                lastSequence);
    }
}
