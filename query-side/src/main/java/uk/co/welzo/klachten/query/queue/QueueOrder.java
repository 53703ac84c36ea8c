package uk.co.welzo.klachten.query.queue;

import java.time.Instant;

/**
 * The work queue's order as one string that sorts as the queue does: complaints with a running deadline first,
 * soonest due first, then those without one, each group by complaint id. So "soonest due first" is a walk along one
 * unique index, and "overdue" (a running deadline due before now) is the range below {@link #overdueBefore}.
 * <p>
 * {@code 0|<due in epoch milliseconds, 19 digits>|<id>} for a running deadline, {@code 1|<id>} without one.
 */
final class QueueOrder {

    private QueueOrder() {
    }

    static String of(Instant nextDue, String id) {
        return nextDue == null ? "1|" + id : "0|" + millis(nextDue) + "|" + id;
    }

    /**
     * Every order below this one is a complaint whose next deadline was due before {@code now}. Deadlines are kept to
     * the millisecond, so a {@code now} within a millisecond counts that whole millisecond as past.
     */
    static String overdueBefore(Instant now) {
        Instant bound = now.getNano() % 1_000_000 == 0 ? now : now.plusMillis(1);
        return "0|" + millis(bound);
    }

    /** Zero-padded, so that the strings sort as the instants do (none before 1970 in a queue of open complaints). */
    private static String millis(Instant instant) {
        return String.format("%019d", Math.max(0, instant.toEpochMilli()));
    }
}
