package uk.co.welzo.klachten.api.improvement.query;

import java.time.LocalDate;
import uk.co.welzo.klachten.api.improvement.ImprovementState;

/**
 * Find improvement actions, most urgent due date first; every criterion given narrows the list (null or false: any).
 * {@code overdue}: due before {@code today} and still open; {@code dueBefore}: due before that date.
 */
public record FindImprovementActions(
        ImprovementState state,
        String owner,
        boolean overdue,
        LocalDate dueBefore,
        LocalDate today) {
}
