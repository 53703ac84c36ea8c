package uk.co.welzo.klachten.command.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes deadlines once, at decision time, so the aggregate can store them in its events.
 *
 * <p>Convention: a deadline is the first {@link Instant} at which the obligation is late. "N
 * working days after D" ends at the end of the N-th working day, London time, so the instant is
 * 00:00 London on the day after it (23:00Z the evening before in summer). The count starts from
 * the London date of the decision instant, not its UTC date: an acknowledgement at 23:30 London
 * on 1 June counts from 1 June even though it is stored as 22:30Z.
 */
public final class Deadlines {

    private final SlaPolicy policy;
    private final WorkingDayCalendar calendar;

    public Deadlines(SlaPolicy policy, WorkingDayCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (!policy.zone().equals(calendar.zone())) {
            throw new IllegalArgumentException("policy zone " + policy.zone()
                    + " differs from calendar zone " + calendar.zone());
        }
    }

    /** To be stored with every deadline applied, so a policy change never rewrites history. */
    public String policyVersion() {
        return policy.version();
    }

    /** R2.1: clock hours, so a summer-time change neither adds nor removes an hour. */
    public Instant acknowledgementDue(Instant receivedAt) {
        return receivedAt.plus(policy.acknowledgement());
    }

    /** R3.4. */
    public Instant stageOneResolutionDue(Instant acknowledgedAt) {
        return afterWorkingDays(acknowledgedAt, policy.stageOneWorkingDays());
    }

    /** R4.3, the target. */
    public Instant escalationAcknowledgementTarget(Instant requestedAt) {
        return afterWorkingDays(requestedAt, policy.escalationAcknowledgementTargetWorkingDays());
    }

    /** R4.3, the limit. */
    public Instant escalationAcknowledgementLimit(Instant requestedAt) {
        return afterWorkingDays(requestedAt, policy.escalationAcknowledgementLimitWorkingDays());
    }

    /** R4.4. */
    public Instant stageTwoResolutionDue(Instant escalationAcknowledgedAt) {
        return afterWorkingDays(escalationAcknowledgedAt, policy.stageTwoWorkingDays());
    }

    /** Lifecycle: the window is calendar time in London, so it ends at the same London clock time. */
    public Instant escalationWindowEnds(Instant resolvedAt) {
        return resolvedAt.atZone(calendar.zone()).plus(policy.escalationWindow()).toInstant();
    }

    /** R5.1: an extension to a new date runs to the end of that London day. */
    public Instant endOfLondonDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    public LocalDate londonDate(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    private Instant afterWorkingDays(Instant decidedAt, int workingDays) {
        return endOfLondonDay(calendar.workingDaysAfter(londonDate(decidedAt), workingDays));
    }
}
