package uk.co.welzo.klachten.command.sla;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The SLA policy in force (R2.1, R3.2, R3.4, R4.3, R4.4, the escalation window of the lifecycle) and
 * how long before each deadline the SLA clock warns. Its {@code version} is stored in every event
 * that applies a deadline, so a later change of policy never rewrites the deadlines or warning
 * moments already given; change the version whenever any value changes, including the configured
 * extra bank holidays.
 *
 * <p>A warning always falls after the decision that sets its deadline: the acknowledgement warning
 * is shorter than the acknowledgement period, and the working-day warning is fewer working days
 * than any working-day deadline counts.
 */
public record SlaPolicy(
        String version,
        Duration acknowledgement,
        Duration acknowledgementWarning,
        int stageOneWorkingDays,
        int escalationAcknowledgementTargetWorkingDays,
        int escalationAcknowledgementLimitWorkingDays,
        int stageTwoWorkingDays,
        int departmentResponseWorkingDays,
        int workingDayWarning,
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
        Objects.requireNonNull(acknowledgementWarning, "acknowledgementWarning");
        if (acknowledgementWarning.isNegative() || acknowledgementWarning.isZero()
                || acknowledgementWarning.compareTo(acknowledgement) >= 0) {
            throw new IllegalArgumentException("acknowledgement warning must be positive and shorter than the acknowledgement ("
                    + acknowledgement + "), was " + acknowledgementWarning);
        }
        requirePositive("stageOneWorkingDays", stageOneWorkingDays);
        requirePositive("escalationAcknowledgementTargetWorkingDays", escalationAcknowledgementTargetWorkingDays);
        requirePositive("escalationAcknowledgementLimitWorkingDays", escalationAcknowledgementLimitWorkingDays);
        requirePositive("stageTwoWorkingDays", stageTwoWorkingDays);
        requirePositive("departmentResponseWorkingDays", departmentResponseWorkingDays);
        requirePositive("workingDayWarning", workingDayWarning);
        int shortest = IntStream.of(stageOneWorkingDays, escalationAcknowledgementTargetWorkingDays,
                escalationAcknowledgementLimitWorkingDays, stageTwoWorkingDays, departmentResponseWorkingDays).min().orElseThrow();
        if (workingDayWarning >= shortest) {
            throw new IllegalArgumentException("working-day warning (" + workingDayWarning
                    + ") must be fewer working days than the shortest working-day deadline (" + shortest + ")");
        }
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
