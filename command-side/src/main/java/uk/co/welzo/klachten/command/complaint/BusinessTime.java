package uk.co.welzo.klachten.command.complaint;

import java.time.Instant;

/**
 * When an offline step (a letter received, a call made) happened: never in the future, never
 * before the complaint's previous step; a step without a time happened now (cross-cutting rule).
 */
final class BusinessTime {

    private BusinessTime() {
    }

    static Instant of(Instant claimed, Instant now, Instant previous) {
        if (claimed == null) {
            return now;
        }
        if (claimed.isAfter(now)) {
            throw new OccurredInFuture(claimed);
        }
        if (previous != null && claimed.isBefore(previous)) {
            throw new OccurredBeforePreviousEvent(claimed, previous);
        }
        return claimed;
    }
}
