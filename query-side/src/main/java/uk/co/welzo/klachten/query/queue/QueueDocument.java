package uk.co.welzo.klachten.query.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.queue.OpenInquirySummary;
import uk.co.welzo.klachten.api.queue.RunningDeadlineSummary;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;

/**
 * One open complaint in the work queue, with its running deadlines only. No personal data (R8.1).
 * {@code nextDue} and {@code deadlineRunning} are kept for filtering and sorting in the database;
 * whether anything is overdue is decided when the queue is read, never stored.
 */
@Document("work_queue")
class QueueDocument {

    @Id
    String id;
    /** The aggregate sequence number of the last event applied; older or repeated ones are skipped. */
    long lastSequence = -1;
    String reference;
    Stage stage;
    ComplaintStatus status;
    Category category;
    Channel channel;
    String handler;
    List<Inquiry> openInquiries = new ArrayList<>();
    List<Deadline> deadlines = new ArrayList<>();
    /** The earliest current due among the running deadlines; null when none runs. */
    Instant nextDue;
    /** Sorts complaints without a running deadline last: MongoDB sorts a missing nextDue first. */
    boolean deadlineRunning;

    record Inquiry(String inquiryId, Department department, Instant responseDue) {
    }

    record Deadline(DeadlineKind kind, String inquiryId, Instant originalDue, Instant currentDue, Instant warningAt,
                    Instant warnedAt, Instant missedAt) {

        boolean is(DeadlineKind kind, String inquiryId) {
            return this.kind == kind && Objects.equals(this.inquiryId, inquiryId);
        }
    }

    void start(DeadlineKind kind, String inquiryId, Instant due, Instant warningAt) {
        stop(kind, inquiryId);
        deadlines.add(new Deadline(kind, inquiryId, due, due, warningAt, null, null));
        refreshNextDue();
    }

    void stop(DeadlineKind kind, String inquiryId) {
        deadlines.removeIf(deadline -> deadline.is(kind, inquiryId));
        refreshNextDue();
    }

    /** A new due and warning moment; warnings and breaches concerned the previous due, the original stays (R5.3). */
    void extend(DeadlineKind kind, Instant newDue, Instant newWarningAt) {
        change(kind, null, null, d -> new Deadline(kind, null, d.originalDue(), newDue, newWarningAt, null, null));
    }

    void warn(DeadlineKind kind, String inquiryId, Instant due, Instant at) {
        change(kind, inquiryId, due, d -> new Deadline(kind, inquiryId, d.originalDue(), d.currentDue(), d.warningAt(),
                at, d.missedAt()));
    }

    void miss(DeadlineKind kind, String inquiryId, Instant due, Instant at) {
        change(kind, inquiryId, due, d -> new Deadline(kind, inquiryId, d.originalDue(), d.currentDue(), d.warningAt(),
                d.warnedAt(), at));
    }

    /** Changes the running deadline, if any, and only while it is still due at {@code due} (when given). */
    private void change(DeadlineKind kind, String inquiryId, Instant due, UnaryOperator<Deadline> change) {
        deadlines.replaceAll(d -> d.is(kind, inquiryId) && (due == null || due.equals(d.currentDue()))
                ? change.apply(d) : d);
        refreshNextDue();
    }

    private void refreshNextDue() {
        nextDue = deadlines.stream().map(Deadline::currentDue).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        deadlineRunning = nextDue != null;
    }

    WorkQueueItemSummary toSummary(Instant now) {
        return new WorkQueueItemSummary(id, reference, stage, status, category, channel, handler,
                openInquiries.stream().map(i -> new OpenInquirySummary(i.inquiryId(), i.department(), i.responseDue()))
                        .toList(),
                deadlines.stream().map(d -> new RunningDeadlineSummary(d.kind(), d.inquiryId(), d.originalDue(),
                        d.currentDue(), d.warningAt(), d.warnedAt(), d.missedAt(), isBefore(d.currentDue(), now)))
                        .toList(),
                nextDue, isBefore(nextDue, now));
    }

    private static boolean isBefore(Instant due, Instant now) {
        return due != null && due.isBefore(now);
    }
}
