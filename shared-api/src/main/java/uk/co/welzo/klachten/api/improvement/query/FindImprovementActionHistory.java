package uk.co.welzo.klachten.api.improvement.query;

import uk.co.welzo.klachten.api.improvement.ImprovementActionId;

/** Every stored event of one improvement action, from the event store itself, for auditors (R6.3, as for complaints). */
public record FindImprovementActionHistory(
        ImprovementActionId actionId) {
}
