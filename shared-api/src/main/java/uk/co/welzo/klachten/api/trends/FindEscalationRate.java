package uk.co.welzo.klachten.api.trends;

import java.time.Instant;

/** Find which share of the stage-1 resolutions was escalated, for complaints received in [from, to), per period. */
public record FindEscalationRate(
        Instant from,
        Instant to,
        TrendPeriod period) {
}
