package uk.co.welzo.klachten.benchmark;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The generator's picture of the complaints it lodged in the mixed scenario: which wait for which step (oldest first,
 * as a desk works), and which are old enough to be read. A complaint is taken off the desk while a command on it is
 * under way and put back for its next step once the command succeeded, so no two commands race on one complaint and
 * none is sent to a complaint in the wrong state; a failed one leaves the flow. Reads and notes pick any complaint
 * lodged at least {@link #SETTLED} ago: a person opens a case from the queue, after the read models have it, so a read
 * is not a read-your-writes probe (those are measured apart).
 */
final class Desk {

    static final long SETTLED = TimeUnit.SECONDS.toNanos(5);

    private final Map<Operation, ArrayDeque<String>> waiting = new EnumMap<>(Operation.class);
    private final SplittableRandom random = new SplittableRandom(19);
    private String[] known = new String[1024];
    private long[] lodgedAt = new long[1024];
    private int count;

    Desk() {
        for (Operation operation : Operation.values()) {
            if (operation.takesAComplaint()) {
                waiting.put(operation, new ArrayDeque<>());
            }
        }
    }

    /** The oldest complaint waiting for {@code step}, taken off the desk; null when none waits. */
    synchronized String take(Operation step) {
        return waiting.get(step).pollFirst();
    }

    /** {@code step} succeeded on {@code complaintId} at {@code now}: it waits for the next step, if any. */
    synchronized void done(Operation step, String complaintId, long now) {
        if (step == Operation.LODGE) {
            if (count == known.length) {
                known = Arrays.copyOf(known, count * 2);
                lodgedAt = Arrays.copyOf(lodgedAt, count * 2);
            }
            known[count] = complaintId;
            lodgedAt[count++] = now;
        }
        Operation next = step.next();
        if (next != null) {
            waiting.get(next).addLast(complaintId);
        }
    }

    /** Any complaint lodged at least {@link #SETTLED} before {@code now}, at random; null if there is none yet. */
    synchronized String settled(long now) {
        // answers arrive nearly in order: the first index past the cut-off, found by bisection, is close enough
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (now - lodgedAt[middle] >= SETTLED) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? null : known[random.nextInt(low)];
    }

    synchronized int waitingFor(Operation step) {
        return waiting.get(step).size();
    }
}
