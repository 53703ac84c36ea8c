package uk.co.welzo.klachten.query.queue;

import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintState;
import uk.co.welzo.klachten.api.complaint.lifecycle.ComplaintTransition;
import uk.co.welzo.klachten.api.complaint.lifecycle.OpenInquiry;
import uk.co.welzo.klachten.api.complaint.lifecycle.RunningDeadline;
import uk.co.welzo.klachten.api.queue.OpenInquirySummary;
import uk.co.welzo.klachten.api.queue.RunningDeadlineSummary;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;

/**
 * One open complaint in the work queue, with its running deadlines only. No personal data (R8.1).
 * {@code nextDue} and {@code deadlineRunning} are kept for filtering and sorting in the database;
 * whether anything is overdue is decided when the queue is read, never stored.
 */
@Document("work_queue")
class QueueDocument extends ProjectedDocument {

    @Id
    String id;
    String reference;
    Stage stage;
    ComplaintStatus status;
    Category category;
    Channel channel;
    String handler;
    /** Who reviews the escalation and in which department, as the head wrote them (R4.2); null before that. */
    String reviewManager;
    /** The reviewing manager's user name (R4.2): "my escalations" is an equality on it; null when none was named. */
    String reviewManagerUser;
    String reviewDepartment;
    /** {@link #reviewDepartment} as {@link QueueFilter#departmentKey} compares it, so the query is an equality. */
    String reviewDepartmentKey;
    List<Inquiry> openInquiries = new ArrayList<>();
    List<Deadline> deadlines = new ArrayList<>();
    /** The earliest current due among the running deadlines; null when none runs. */
    Instant nextDue;
    /** Sorts complaints without a running deadline last: MongoDB sorts a missing nextDue first. */
    boolean deadlineRunning;
    /**
     * The queue's order in one string, unique: soonest due first, complaints without a running deadline last, then by
     * id ({@link QueueOrder}). Its index serves the first page and the overdue view without reading the rest, on
     * MongoDB and on the in-process server alike. Sparse, so that documents written before it existed do not clash
     * until the replay that gives them one.
     */
    @Indexed(unique = true, sparse = true)
    String queueOrder;

    record Inquiry(String inquiryId, Department department, Instant responseDue) {

        static Inquiry of(OpenInquiry open) {
            return new Inquiry(open.inquiryId().value(), open.department(), open.responseDue());
        }

        OpenInquiry open() {
            return new OpenInquiry(InquiryId.of(inquiryId), department, null, null, responseDue);
        }
    }

    record Deadline(DeadlineKind kind, String inquiryId, Instant originalDue, Instant currentDue, Instant warningAt,
                    Instant warnedAt, Instant missedAt) {

        static Deadline of(RunningDeadline running) {
            return new Deadline(running.kind(), running.inquiryId() == null ? null : running.inquiryId().value(),
                    running.originalDue(), running.due(), running.warningAt(), running.warnedAt(), running.missedAt());
        }

        RunningDeadline running() {
            return new RunningDeadline(kind, inquiryId == null ? null : InquiryId.of(inquiryId), originalDue, currentDue,
                    warningAt, null, warnedAt, missedAt);
        }
    }

    /** Moves status, stage, running deadlines and open inquiries as {@link ComplaintTransition} says the event does. */
    void follow(ComplaintEvent event) {
        ComplaintState next = ComplaintTransition.next(state(), event);
        status = next.status();
        stage = next.stage();
        deadlines = next.deadlines().stream().map(Deadline::of).collect(Collectors.toCollection(ArrayList::new));
        openInquiries = next.inquiries().stream().map(Inquiry::of).collect(Collectors.toCollection(ArrayList::new));
        refreshNextDue();
    }

    /** The part of the complaint's state this document keeps (no policy versions, no questions). */
    private ComplaintState state() {
        return new ComplaintState(status, stage, deadlines.stream().map(Deadline::running).toList(),
                openInquiries.stream().map(Inquiry::open).toList());
    }

    private void refreshNextDue() {
        nextDue = deadlines.stream().map(Deadline::currentDue).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        deadlineRunning = nextDue != null;
        queueOrder = QueueOrder.of(nextDue, id);
    }

    WorkQueueItemSummary toSummary(Instant now) {
        return new WorkQueueItemSummary(id, reference, stage, status, category, channel, handler, reviewManager,
                reviewManagerUser,
                reviewDepartment,
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
