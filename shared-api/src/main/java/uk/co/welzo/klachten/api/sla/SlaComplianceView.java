package uk.co.welzo.klachten.api.sla;

import java.time.Instant;
import java.util.List;

/** SLA compliance per period, oldest first, every period in the range listed even when empty; judged at {@code asOf}. */
public record SlaComplianceView(
        SlaPeriod period,
        Instant from,
        Instant to,
        Instant asOf,
        List<SlaComplianceSummary> periods) {
}
