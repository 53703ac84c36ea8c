package uk.co.welzo.klachten.query.sla;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;

/**
 * A copy of a clock while it runs, kept by the SLA projection beside the clock and removed when the clock stops (#18):
 * the current breaches and the running clocks' share of a compliance report are found among these few instead of
 * among every clock there ever was, which the in-process server (no secondary indexes) reads one by one. On MongoDB
 * the {@code currentDue} and {@code startedAt} indexes serve the same queries. Same id as the clock.
 * <p>
 * {@link #dueOrder} ({@code <kind>|<current deadline in epoch milliseconds, 19 digits>|<id>}) sorts the copies by
 * kind, then deadline: the breaches of one kind are the range below {@link #breachedBefore}, counted from the unique
 * index alone, in-process (the B-tree's ranks) as on MongoDB, without reading a copy.
 */
@Document(RunningClockDocument.COLLECTION)
class RunningClockDocument {

    static final String COLLECTION = "sla_running";

    @Id
    String id;
    String complaintId;
    DeadlineKind kind;
    String inquiryId;
    @Indexed
    Instant startedAt;
    Instant originalDue;
    @Indexed
    Instant currentDue;
    Instant missedAt;
    /** Sparse: a copy written before it existed has none, and the start-up check asks for a replay then. */
    @Indexed(unique = true, sparse = true)
    String dueOrder;

    static RunningClockDocument of(SlaClockDocument clock) {
        RunningClockDocument running = new RunningClockDocument();
        running.id = clock.id;
        running.complaintId = clock.complaintId;
        running.kind = clock.kind;
        running.inquiryId = clock.inquiryId;
        running.startedAt = clock.startedAt;
        running.originalDue = clock.originalDue;
        running.currentDue = clock.currentDue;
        running.missedAt = clock.missedAt;
        running.dueOrder = dueOrder(clock.kind, clock.currentDue, clock.id);
        return running;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunningClockDocument copy && Objects.equals(id, copy.id)
                && Objects.equals(complaintId, copy.complaintId) && kind == copy.kind
                && Objects.equals(inquiryId, copy.inquiryId) && Objects.equals(startedAt, copy.startedAt)
                && Objects.equals(originalDue, copy.originalDue) && Objects.equals(currentDue, copy.currentDue)
                && Objects.equals(missedAt, copy.missedAt) && Objects.equals(dueOrder, copy.dueOrder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, currentDue);
    }

    static String dueOrder(DeadlineKind kind, Instant currentDue, String id) {
        return kind == null || currentDue == null ? null : kind + "|" + millis(currentDue) + "|" + id;
    }

    /** The first of a kind's orders: every copy of that kind is at or after it. */
    static String firstOf(DeadlineKind kind) {
        return kind + "|";
    }

    /**
     * Every order of the kind below this one is a copy whose current deadline is at or before {@code now}: breached
     * ({@link SlaClockDocument#breachedAt}). Deadlines are kept to the millisecond, so the whole millisecond
     * {@code now} falls in counts as reached.
     */
    static String breachedBefore(DeadlineKind kind, Instant now) {
        return kind + "|" + millis(Instant.ofEpochMilli(now.toEpochMilli() + 1));
    }

    /** Zero-padded, so that the strings sort as the instants do (no deadline before 1970). */
    private static String millis(Instant instant) {
        return String.format("%019d", Math.max(0, instant.toEpochMilli()));
    }

    /** The clock as far as this copy holds it, running: what a breach and a compliance verdict are made of. */
    SlaClockDocument clock() {
        SlaClockDocument clock = new SlaClockDocument();
        clock.id = id;
        clock.complaintId = complaintId;
        clock.kind = kind;
        clock.inquiryId = inquiryId;
        clock.startedAt = startedAt;
        clock.originalDue = originalDue;
        clock.currentDue = currentDue;
        clock.missedAt = missedAt;
        clock.running = true;
        return clock;
    }
}
