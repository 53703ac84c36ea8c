package uk.co.welzo.klachten.api.improvement.query;

import java.time.Instant;
import java.time.LocalDate;
import uk.co.welzo.klachten.api.improvement.ImprovementState;
import uk.co.welzo.klachten.api.improvement.ProblemArea;

/** One improvement action in a list: what, who, when due, where it stands and how many complaints caused it. */
public record ImprovementActionSummary(
        String actionId,
        String title,
        ProblemArea problem,
        String owningDepartment,
        String owner,
        LocalDate due,
        ImprovementState state,
        boolean overdue,
        int linkedComplaints,
        Instant raisedAt,
        Instant doneAt) {
}
