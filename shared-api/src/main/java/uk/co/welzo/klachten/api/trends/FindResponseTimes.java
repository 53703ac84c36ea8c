package uk.co.welzo.klachten.api.trends;

import java.time.Instant;

/** Find, per category, how long complaints received in [from, to) took to be acknowledged and resolved at stage 1. */
public record FindResponseTimes(
        Instant from,
        Instant to) {
}
