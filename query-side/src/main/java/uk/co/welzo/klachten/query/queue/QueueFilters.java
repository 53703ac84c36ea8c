package uk.co.welzo.klachten.query.queue;

import java.time.Instant;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;

/** The work queue's filters applied to one row in memory, exactly as {@link QueueQueryHandler} applies them in the database. */
final class QueueFilters {

    private QueueFilters() {
    }

    /** What the filters look at in one queue document. */
    record Row(Stage stage, ComplaintStatus status, String handler, Category category, Channel channel, Instant nextDue) {

        static Row of(QueueDocument q) {
            return new Row(q.stage, q.status, q.handler, q.category, q.channel, q.nextDue);
        }
    }

    static boolean matches(FindWorkQueue find, Row row, Instant now) {
        return (find.stage() == null || find.stage() == row.stage())
                && (find.status() == null || find.status() == row.status())
                && (find.handler() == null || find.handler().equals(row.handler()))
                && (find.category() == null || find.category() == row.category())
                && (find.channel() == null || find.channel() == row.channel())
                && (find.overdue() == null || find.overdue() == overdue(row, now))
                && (find.dueBefore() == null || row.nextDue() != null && row.nextDue().isBefore(find.dueBefore()));
    }

    private static boolean overdue(Row row, Instant now) {
        return row.nextDue() != null && row.nextDue().isBefore(now);
    }
}
