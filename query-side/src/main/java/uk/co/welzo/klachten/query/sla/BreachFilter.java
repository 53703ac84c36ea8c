package uk.co.welzo.klachten.query.sla;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which clocks are current breaches for one {@link FindCurrentBreaches}, judged at one instant, written once: as a
 * MongoDB query for {@link SlaQueryHandler} and as a match on one clock for the live updates of
 * {@link SlaBreachUpdates}. A breach is a running clock past its current deadline.
 */
record BreachFilter(FindCurrentBreaches find, Instant now) {

    /** A query of the running clocks' copies ({@link RunningClockDocument}): those past their current deadline. */
    Criteria criteria() {
        Criteria breached = where("currentDue").lte(now);
        return find.kind() == null ? breached : breached.and("kind").is(find.kind());
    }

    /** Whether the clock is of the kind asked for; whether it is breached now the update itself says. */
    boolean matchesKind(SlaClockDocument clock) {
        return find.kind() == null || find.kind() == clock.kind;
    }

    boolean matches(SlaClockDocument clock) {
        return matchesKind(clock) && clock.breachedAt(now);
    }
}
