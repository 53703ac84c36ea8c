package uk.co.welzo.klachten.command.sla;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The SLA policy in force (R2.1, R3.4, R4.3, R4.4, the escalation window of the lifecycle). Its
 * {@code version} is stored in every event that applies a deadline, so a later change of policy
 * never rewrites the deadlines already given; change the version whenever any value changes,
 * including the configured extra bank holidays.
 */
public record SlaPolicy(
        String version,
        Duration acknowledgement,
        int stageOneWorkingDays,
        int escalationAcknowledgementTargetWorkingDays,
        int escalationAcknowledgementLimitWorkingDays,
        int stageTwoWorkingDays,
        Period escalationWindow,
        String holidayRegion,
        ZoneId zone) {

    public SlaPolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("policy version must not be blank");
        }
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        if (acknowledgement.isNegative() || acknowledgement.isZero()) {
            throw new IllegalArgumentException("acknowledgement must be positive, was " + acknowledgement);
        }
        requirePositive("stageOneWorkingDays", stageOneWorkingDays);
        requirePositive("escalationAcknowledgementTargetWorkingDays", escalationAcknowledgementTargetWorkingDays);
        requirePositive("escalationAcknowledgementLimitWorkingDays", escalationAcknowledgementLimitWorkingDays);
        requirePositive("stageTwoWorkingDays", stageTwoWorkingDays);
        if (escalationAcknowledgementTargetWorkingDays > escalationAcknowledgementLimitWorkingDays) {
            throw new IllegalArgumentException("escalation acknowledgement target ("
                    + escalationAcknowledgementTargetWorkingDays + ") exceeds its limit ("
                    + escalationAcknowledgementLimitWorkingDays + ")");
        }
        Objects.requireNonNull(escalationWindow, "escalationWindow");
        if (escalationWindow.isNegative() || escalationWindow.isZero()) {
            throw new IllegalArgumentException("escalation window must be positive, was " + escalationWindow);
        }
        if (holidayRegion == null || holidayRegion.isBlank()) {
            throw new IllegalArgumentException("holiday region must not be blank");
        }
        Objects.requireNonNull(zone, "zone");
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
