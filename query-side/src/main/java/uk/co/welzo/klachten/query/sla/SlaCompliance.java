package uk.co.welzo.klachten.query.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.SlaComplianceSummary;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.api.sla.SlaShare;
import uk.co.welzo.klachten.query.readmodel.LondonDays;

/**
 * Tallies clocks into periods. A clock counts in the period of its start's London date (receipt for the
 * acknowledgement, acknowledgement for stage 1, the escalation request for its target and limit, the escalation
 * acknowledgement for stage 2). Against each deadline a clock is decided once it was met, or once the deadline passed
 * while it was open (now, or when the complaint was closed); a clock still running before its deadline, or stopped
 * by closure or withdrawal before it, is not decided and not counted.
 */
final class SlaCompliance {

    static final int MAX_PERIODS = 1000;
    private static final ZoneId LONDON = LondonDays.LONDON;

    private final SlaPeriod period;
    private final Instant now;
    private final Map<LocalDate, Tally> tallies = new TreeMap<>();

    SlaCompliance(SlaPeriod period, Instant from, Instant to, Instant now) {
        this.period = period;
        this.now = now;
        LocalDate last = firstDayOf(LocalDate.ofInstant(to.minusNanos(1), LONDON));
        for (LocalDate day = firstDayOf(LocalDate.ofInstant(from, LONDON)); !day.isAfter(last); day = next(day)) {
            if (tallies.size() == MAX_PERIODS) {
                throw new IllegalArgumentException("more than " + MAX_PERIODS + " periods asked for");
            }
            tallies.put(day, new Tally());
        }
    }

    /** The moment the report judges running clocks at. */
    Instant now() {
        return now;
    }

    /** How many periods of the given length lie (partly) in [from, to). */
    static long periodsBetween(SlaPeriod period, Instant from, Instant to) {
        LocalDate first = LocalDate.ofInstant(from, LONDON);
        LocalDate last = LocalDate.ofInstant(to.minusNanos(1), LONDON);
        return switch (period) {
            case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(monday(first), monday(last)) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
        };
    }

    void add(SlaClockDocument clock) {
        Boolean original = clock.metOriginalBy(now);
        Boolean current = clock.metCurrentBy(now);
        add(LocalDate.ofInstant(clock.startedAt, LONDON), clock.kind, met(original), decided(original), met(current),
                decided(current));
    }

    /**
     * Adds clocks counted in advance: of one kind, started on one London day, how many were decided against the
     * original and the current deadline and how many of those were met ({@link SlaDays}).
     */
    void add(LocalDate startDay, DeadlineKind kind, long originalMet, long originalDecided, long currentMet,
             long currentDecided) {
        Tally tally = tallies.get(firstDayOf(startDay));
        if (tally == null) {
            return;
        }
        switch (kind) {
            case ACKNOWLEDGEMENT -> tally.acknowledged.add(currentMet, currentDecided);
            case STAGE_ONE_RESOLUTION -> {
                tally.stageOneOriginal.add(originalMet, originalDecided);
                tally.stageOneExtended.add(currentMet, currentDecided);
            }
            case ESCALATION_ACKNOWLEDGEMENT_TARGET -> tally.escalationTarget.add(currentMet, currentDecided);
            case ESCALATION_ACKNOWLEDGEMENT_LIMIT -> tally.escalationLimit.add(currentMet, currentDecided);
            case STAGE_TWO_RESOLUTION -> {
                tally.stageTwoOriginal.add(originalMet, originalDecided);
                tally.stageTwoExtended.add(currentMet, currentDecided);
            }
            case DEPARTMENT_RESPONSE -> { }
        }
    }

    private static long met(Boolean metInTime) {
        return Boolean.TRUE.equals(metInTime) ? 1 : 0;
    }

    private static long decided(Boolean metInTime) {
        return metInTime == null ? 0 : 1;
    }

    List<SlaComplianceSummary> summaries() {
        List<SlaComplianceSummary> summaries = new ArrayList<>(tallies.size());
        tallies.forEach((first, t) -> summaries.add(new SlaComplianceSummary(first, next(first).minusDays(1),
                t.acknowledged.share(), t.stageOneOriginal.share(), t.stageOneExtended.share(),
                t.escalationTarget.share(), t.escalationLimit.share(), t.stageTwoOriginal.share(),
                t.stageTwoExtended.share())));
        return summaries;
    }

    private LocalDate firstDayOf(LocalDate day) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> monday(day);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private LocalDate next(LocalDate firstDay) {
        return switch (period) {
            case DAY -> firstDay.plusDays(1);
            case WEEK -> firstDay.plusWeeks(1);
            case MONTH -> firstDay.plusMonths(1);
        };
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static final class Tally {
        final Count acknowledged = new Count();
        final Count stageOneOriginal = new Count();
        final Count stageOneExtended = new Count();
        final Count escalationTarget = new Count();
        final Count escalationLimit = new Count();
        final Count stageTwoOriginal = new Count();
        final Count stageTwoExtended = new Count();
    }

    private static final class Count {
        long met;
        long decided;

        void add(long metInTime, long decidedNow) {
            met += metInTime;
            decided += decidedNow;
        }

        SlaShare share() {
            return SlaShare.of(met, decided);
        }
    }
}
