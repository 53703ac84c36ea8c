package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** How many obligations of one kind are open past their current deadline. */
public record BreachCountSummary(
        DeadlineKind kind,
        long breaches) {
}
