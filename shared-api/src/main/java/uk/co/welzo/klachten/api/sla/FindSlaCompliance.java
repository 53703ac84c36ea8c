package uk.co.welzo.klachten.api.sla;

import java.time.Instant;

/** Find the share of obligations met in time per period, for the clocks started in [from, to) (R2.1, R3.4, R4.3, R4.4, R5.3). */
public record FindSlaCompliance(
        SlaPeriod period,
        Instant from,
        Instant to) {
}
