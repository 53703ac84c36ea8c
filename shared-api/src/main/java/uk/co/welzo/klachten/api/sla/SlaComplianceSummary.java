package uk.co.welzo.klachten.api.sla;

import java.time.LocalDate;

/**
 * SLA compliance of the clocks started in one period, London dates {@code firstDay} to {@code lastDay} inclusive.
 * Stage 1 and stage 2 are judged against the original deadline and against the current one, which is the
 * extended deadline when the deadline was extended and the original otherwise (R5.3).
 */
public record SlaComplianceSummary(
        LocalDate firstDay,
        LocalDate lastDay,
        SlaShare acknowledgedWithin48Hours,
        SlaShare stageOneWithinOriginalDeadline,
        SlaShare stageOneWithinExtendedDeadline,
        SlaShare escalationAcknowledgedWithinTarget,
        SlaShare escalationAcknowledgedWithinLimit,
        SlaShare stageTwoWithinOriginalDeadline,
        SlaShare stageTwoWithinExtendedDeadline) {
}
