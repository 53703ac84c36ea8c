package uk.co.welzo.klachten.api.improvement.query;

import java.time.LocalDate;
import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Find one improvement action with its linked complaints and the history of its steps; {@code today} decides overdue. */
public record FindImprovementAction(
        ImprovementActionId actionId,
        LocalDate today) {
}
