package uk.co.welzo.klachten.query.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.mongodb.core.query.Criteria;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The work queue's filters, judged at one instant, written once: as a MongoDB query for {@link QueueQueryHandler}
 * and as a match on one row in memory for the live updates of {@link QueueUpdates}. "Overdue" and "due before" are
 * judged on the stored earliest due against that instant, so a complaint becomes overdue without any event.
 */
record QueueFilter(FindWorkQueue find, Instant now) {

    /** What the filters look at in one queue document. */
    record Row(Stage stage, ComplaintStatus status, String handler, Category category, Channel channel, Instant nextDue,
               String reviewDepartmentKey, String reviewManagerUser) {

        static Row of(QueueDocument q) {
            return new Row(q.stage, q.status, q.handler, q.category, q.channel, q.nextDue, q.reviewDepartmentKey,
                    q.reviewManagerUser);
        }
    }

    /**
     * A department as the review filter compares it: free text typed by the head (R4.2) and by whoever configures a
     * manager, so without surrounding spaces and case. Null for none.
     */
    static String departmentKey(String department) {
        return department == null || department.isBlank() ? null : department.strip().toLowerCase(Locale.ROOT);
    }

    Criteria criteria() {
        List<Criteria> all = new ArrayList<>();
        if (find.stage() != null) {
            all.add(where("stage").is(find.stage()));
        }
        if (find.status() != null) {
            all.add(where("status").is(find.status()));
        }
        if (find.handler() != null) {
            all.add(where("handler").is(find.handler()));
        }
        if (find.category() != null) {
            all.add(where("category").is(find.category()));
        }
        if (find.channel() != null) {
            all.add(where("channel").is(find.channel()));
        }
        // overdue: a running deadline due before now, the orders below QueueOrder.overdueBefore(now): a range of the
        // queue order's index, counted and read without a scan (its ids break ties within a millisecond: "0|t|id" is
        // above "0|t", so a deadline due exactly now is not overdue, as nextDue < now said)
        if (Boolean.TRUE.equals(find.overdue())) {
            all.add(where("queueOrder").lt(QueueOrder.overdueBefore(now)));
        } else if (Boolean.FALSE.equals(find.overdue())) {
            all.add(where("queueOrder").gte(QueueOrder.overdueBefore(now)));
        }
        if (find.dueBefore() != null) {
            all.add(where("nextDue").lt(find.dueBefore()));
        }
        String department = departmentKey(find.reviewDepartment());
        String reviewer = find.reviewManagerUser();
        if (reviewer != null && department != null) {
            all.add(new Criteria().orOperator(where("reviewManagerUser").is(reviewer),
                    where("reviewManagerUser").is(null).and("reviewDepartmentKey").is(department)));
        } else if (reviewer != null) {
            all.add(where("reviewManagerUser").is(reviewer));
        } else if (department != null) {
            all.add(where("reviewDepartmentKey").is(department));
        }
        // one condition alone, not wrapped in $and: a plain range is what an index answers
        return all.isEmpty() ? new Criteria() : all.size() == 1 ? all.get(0) : new Criteria().andOperator(all);
    }

    boolean matches(Row row) {
        String department = departmentKey(find.reviewDepartment());
        return (find.stage() == null || find.stage() == row.stage())
                && (find.status() == null || find.status() == row.status())
                && (find.handler() == null || find.handler().equals(row.handler()))
                && (find.category() == null || find.category() == row.category())
                && (find.channel() == null || find.channel() == row.channel())
                && (find.overdue() == null || find.overdue() == overdue(row))
                && (find.dueBefore() == null || row.nextDue() != null && row.nextDue().isBefore(find.dueBefore()))
                && reviewedBy(row, find.reviewManagerUser(), department);
    }

    private static boolean reviewedBy(Row row, String reviewer, String department) {
        if (reviewer != null && department != null) {
            return reviewer.equals(row.reviewManagerUser())
                    || row.reviewManagerUser() == null && department.equals(row.reviewDepartmentKey());
        }
        if (reviewer != null) {
            return reviewer.equals(row.reviewManagerUser());
        }
        return department == null || department.equals(row.reviewDepartmentKey());
    }

    private boolean overdue(Row row) {
        return row.nextDue() != null && row.nextDue().isBefore(now);
    }
}
