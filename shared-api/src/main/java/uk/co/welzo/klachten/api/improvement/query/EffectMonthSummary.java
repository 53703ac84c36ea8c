package uk.co.welzo.klachten.api.improvement.query;

import java.time.LocalDate;

/** Complaints about the problem received in one London month of a window (the window's edges may cut it short). */
public record EffectMonthSummary(
        String period,
        LocalDate start,
        long complaints) {
}
