package uk.co.welzo.klachten.api.sla;

import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/**
 * Find one page of the current breaches, longest overdue first, judged now: page {@code page} (from 0) of
 * {@code size} (1 to 200); a null kind means every kind.
 */
public record FindCurrentBreachPage(
        DeadlineKind kind,
        int page,
        int size) {
}
