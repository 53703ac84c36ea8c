package uk.co.welzo.klachten.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Complaint returns for complaints received in [from, to), counted from the events recorded up to
 * asAt, so the same question with the same asAt always gets the same figures. Outcome and
 * time-to-resolution are those of the final resolution (stage 2 if escalated, else stage 1) given
 * by asAt; time to resolution runs from receipt to that resolution's business time.
 */
public record ReturnsView(
        Instant from,
        Instant to,
        Instant asAt,
        int received,
        int resolved,
        int unresolved,
        int withdrawn,
        Map<String, Integer> byOutcome,
        Map<String, Integer> byTimeToResolution) {
}
