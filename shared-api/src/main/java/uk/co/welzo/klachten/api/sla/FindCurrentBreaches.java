package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** Find the obligations still open past their current deadline, judged now; a null kind means every kind. */
public record FindCurrentBreaches(
        DeadlineKind kind) {
}
