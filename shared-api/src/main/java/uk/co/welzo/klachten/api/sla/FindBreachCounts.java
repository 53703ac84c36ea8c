package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** Count the obligations still open past their current deadline, judged now, per kind; a null kind means every kind. */
public record FindBreachCounts(
        DeadlineKind kind) {
}
