package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/** The resolution deadline now running: the original stays known after extensions (R5.3). */
record RunningDeadline(DeadlineKind kind, Instant originalDue, Instant currentDue) {

    RunningDeadline extendedTo(Instant newDue) {
        return new RunningDeadline(kind, originalDue, newDue);
    }
}
