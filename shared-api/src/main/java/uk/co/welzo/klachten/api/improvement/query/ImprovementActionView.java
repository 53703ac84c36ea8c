package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;

/**
 * One improvement action (R6.3): its problem, owner and due date, the moment of each step taken, the complaints linked
 * to it now, and every step in order. No customer's personal data: complaints appear by id and reference only.
 */
public record ImprovementActionView(
        String actionId,
        String title,
        ProblemArea problem,
        String owningDepartment,
        String owner,
        LocalDate due,
        ImprovementState state,
        boolean overdue,
        Instant raisedAt,
        String raisedBy,
        Instant agreedAt,
        Instant startedAt,
        Instant doneAt,
        String whatWasDone,
        Instant effectReviewedAt,
        String effectFinding,
        Instant droppedAt,
        String dropReason,
        List<LinkedComplaintSummary> complaints,
        List<ImprovementStepSummary> history,
        long version) {

    public ImprovementActionView {
        complaints = List.copyOf(complaints);
        history = List.copyOf(history);
    }
}
