package uk.co.welzo.klachten.web.console;

import java.util.Objects;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.queue.RunningDeadlineSummary;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;

/** One row of the queue page: the complaint, which deadline runs out next, and whether a warning is out for it. */
public record QueueRow(WorkQueueItemSummary item, DeadlineKind nextKind, boolean warned) {

    static QueueRow of(WorkQueueItemSummary item) {
        RunningDeadlineSummary next = item.deadlines() == null ? null : item.deadlines().stream()
                .filter(deadline -> Objects.equals(deadline.currentDue(), item.nextDue()))
                .findFirst().orElse(null);
        boolean warned = item.deadlines() != null && item.deadlines().stream()
                .anyMatch(deadline -> deadline.warnedAt() != null && deadline.missedAt() == null);
        return new QueueRow(item, next == null ? null : next.kind(), warned);
    }
}
