package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
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
 *
 * <p>Each deadline comes with the moment the SLA clock warns that it is near, computed from the
 * deadline alone and stored beside it, so a later change of the warning policy never moves a
 * warning already given.
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

    /** R2.1: the acknowledgement warning is clock hours too (policy: 12 hours before the deadline). */
    public Instant acknowledgementWarningAt(Instant acknowledgementDue) {
        return acknowledgementDue.minus(policy.acknowledgementWarning());
    }

    /**
     * For a working-day deadline, "k working days before" it (policy: k = 1): the deadline's last day
     * is the London date just before the due instant (the N-th working day, or for an extension the
     * date given); the warning is the end of the k-th working day before that last day, London time.
     * Due at the end of Tuesday 12 January 2027 (13 January 00:00): warn at the end of Monday 11
     * January. Due at the end of a Monday: warn at the end of the Friday before, or of the Thursday
     * if that Friday is a bank holiday.
     */
    public Instant workingDayWarningAt(Instant due) {
        LocalDate lastDay = londonDate(due.minusNanos(1));
        return endOfLondonDay(calendar.workingDaysBefore(lastDay, policy.workingDayWarning()));
    }

    /** R3.2: a department answers within N working days of the request (policy: 3). */
    public Instant departmentResponseDue(Instant requestedAt) {
        return afterWorkingDays(requestedAt, policy.departmentResponseWorkingDays());
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
