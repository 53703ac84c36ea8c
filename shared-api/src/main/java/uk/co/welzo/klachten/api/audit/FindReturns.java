package uk.co.welzo.klachten.api.audit;

import java.time.Instant;

/** Asks for the returns of complaints received in [from, to) as the record stood at asAt. */
public record FindReturns(Instant from, Instant to, Instant asAt) {
}
