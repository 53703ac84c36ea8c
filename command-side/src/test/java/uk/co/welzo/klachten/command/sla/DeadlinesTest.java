package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final SlaPolicy POLICY = new SlaPolicy("2026-11-1", Duration.ofHours(48), Duration.ofHours(12), 10, 5, 10,
            10, 3, 1, Period.ofWeeks(8), "GB-ENG", LONDON);

    private final Deadlines deadlines = new Deadlines(POLICY, new WorkingDayCalendar(LONDON, "GB-ENG"));

    @Test
    @DisplayName("R2.1 acknowledgement is due 48 clock hours after receipt, also across the change to summer time")
    void acknowledgementIs48ClockHours() {
        assertThat(deadlines.acknowledgementDue(Instant.parse("2026-03-28T10:00:00Z")))
                .isEqualTo("2026-03-30T10:00:00Z");
        assertThat(deadlines.acknowledgementDue(Instant.parse("2026-06-05T16:15:00Z")))
                .isEqualTo("2026-06-07T16:15:00Z");
    }

    @Test
    @DisplayName("R3.4 stage one is late from the start of the London day after the 10th working day (summer: 23:00Z)")
    void stageOneDueInSummer() {
        assertThat(deadlines.stageOneResolutionDue(Instant.parse("2026-06-01T09:00:00Z")))
                .isEqualTo("2026-06-15T23:00:00Z");
    }

    @Test
    @DisplayName("R3.4 stage one acknowledged 24 December 2026 is late from 00:00 on 13 January 2027")
    void stageOneDueAcrossChristmas() {
        assertThat(deadlines.stageOneResolutionDue(Instant.parse("2026-12-24T15:00:00Z")))
                .isEqualTo("2027-01-13T00:00:00Z");
    }

    @Test
    @DisplayName("R4.3 escalation acknowledgement target is 5 and limit 10 working days after the request")
    void escalationAcknowledgementTargetAndLimit() {
        Instant requestedAt = Instant.parse("2026-05-22T11:00:00Z"); // Friday before the spring bank holiday

        assertThat(deadlines.escalationAcknowledgementTarget(requestedAt)).isEqualTo("2026-06-01T23:00:00Z");
        assertThat(deadlines.escalationAcknowledgementLimit(requestedAt)).isEqualTo("2026-06-08T23:00:00Z");
    }

    @Test
    @DisplayName("R4.4 stage two is due 10 working days after the escalation acknowledgement, skipping the August bank holiday")
    void stageTwoDue() {
        assertThat(deadlines.stageTwoResolutionDue(Instant.parse("2026-08-27T14:00:00Z")))
                .isEqualTo("2026-09-11T23:00:00Z");
    }

    @Test
    @DisplayName("Lifecycle: the escalation window closes 8 weeks after the stage-one resolution at the same London clock time")
    void escalationWindowIsEightWeeksLondonTime() {
        // 11:00 BST on 15 September, 11:00 GMT on 10 November: the clocks went back in between
        assertThat(deadlines.escalationWindowEnds(Instant.parse("2026-09-15T10:00:00Z")))
                .isEqualTo("2026-11-10T11:00:00Z");
    }

    @Test
    @DisplayName("Working days: a decision at 23:30 London time counts from that London date")
    void lateEveningCountsFromLondonDate() {
        Instant mondayEvening = Instant.parse("2026-06-01T22:30:00Z"); // 23:30 BST, Monday 1 June

        assertThat(deadlines.londonDate(mondayEvening)).isEqualTo("2026-06-01");
        assertThat(deadlines.stageOneResolutionDue(mondayEvening)).isEqualTo("2026-06-15T23:00:00Z");
    }

    @Test
    @DisplayName("Working days: just after London midnight the count starts from the London date, not the earlier UTC date")
    void afterLondonMidnightCountsFromLondonDateNotUtcDate() {
        Instant tuesdayNight = Instant.parse("2026-06-01T23:30:00Z"); // 00:30 BST, Tuesday 2 June

        assertThat(deadlines.londonDate(tuesdayNight)).isEqualTo("2026-06-02");
        assertThat(deadlines.stageOneResolutionDue(tuesdayNight)).isEqualTo("2026-06-16T23:00:00Z");
    }

    @Test
    @DisplayName("R5.1 an extension to a date runs to the end of that London day, in summer and in winter")
    void endOfLondonDay() {
        assertThat(deadlines.endOfLondonDay(LocalDate.parse("2026-07-01"))).isEqualTo("2026-07-01T23:00:00Z");
        assertThat(deadlines.endOfLondonDay(LocalDate.parse("2026-12-01"))).isEqualTo("2026-12-02T00:00:00Z");
        assertThat(deadlines.endOfLondonDay(LocalDate.parse("2026-03-28"))).isEqualTo("2026-03-29T00:00:00Z");
        assertThat(deadlines.endOfLondonDay(LocalDate.parse("2026-03-29"))).isEqualTo("2026-03-29T23:00:00Z");
    }

    @Test
    @DisplayName("R2.1 the acknowledgement warning is 12 clock hours before the deadline, also across the change to summer time")
    void acknowledgementWarningIs12ClockHoursBefore() {
        assertThat(deadlines.acknowledgementWarningAt(Instant.parse("2026-12-26T10:00:00Z")))
                .isEqualTo("2026-12-25T22:00:00Z");
        // clocks went forward at 01:00Z on Sun 29 March 2026: still 12 elapsed hours
        assertThat(deadlines.acknowledgementWarningAt(Instant.parse("2026-03-29T10:00:00Z")))
                .isEqualTo("2026-03-28T22:00:00Z");
    }

    @Test
    @DisplayName("R3.4 a deadline at the end of Tue 12 Jan 2027 is warned of at the end of Mon 11 Jan")
    void workingDayWarningIsTheEndOfThePreviousWorkingDay() {
        assertThat(deadlines.workingDayWarningAt(Instant.parse("2027-01-13T00:00:00Z")))
                .isEqualTo("2027-01-12T00:00:00Z");
    }

    @Test
    @DisplayName("R3.4 a deadline at the end of a Monday is warned of at the end of the Friday before")
    void workingDayWarningSkipsTheWeekend() {
        assertThat(deadlines.workingDayWarningAt(Instant.parse("2027-01-12T00:00:00Z"))) // end of Mon 11 Jan 2027
                .isEqualTo("2027-01-09T00:00:00Z");
    }

    @Test
    @DisplayName("R4.3 in summer a deadline the day after the spring bank holiday is warned of at the end of the Friday before, 23:00Z")
    void workingDayWarningSkipsABankHolidayWeekendInSummer() {
        // due at the end of Tue 26 May 2026 (BST); Mon 25 May is the spring bank holiday
        assertThat(deadlines.workingDayWarningAt(Instant.parse("2026-05-26T23:00:00Z")))
                .isEqualTo("2026-05-22T23:00:00Z");
    }

    @Test
    @DisplayName("R4.4 across Easter 2027 and the change to summer time the warning falls at the end of Thu 25 March, GMT")
    void workingDayWarningAcrossEasterAndSummerTime() {
        // due at the end of Tue 30 March 2027 (BST); Good Friday 26 and Easter Monday 29 March are bank holidays
        assertThat(deadlines.workingDayWarningAt(Instant.parse("2027-03-30T23:00:00Z")))
                .isEqualTo("2027-03-26T00:00:00Z");
    }

    @Test
    @DisplayName("R3.4 a deadline at the end of Tue 29 Dec 2026 is warned of at the end of Christmas Eve")
    void workingDayWarningAcrossChristmas() {
        assertThat(deadlines.workingDayWarningAt(Instant.parse("2026-12-30T00:00:00Z")))
                .isEqualTo("2026-12-25T00:00:00Z");
    }

    @Test
    @DisplayName("R5.1 an extension to a Saturday is warned of at the end of the Friday before it")
    void workingDayWarningForAnExtensionToASaturday() {
        assertThat(deadlines.workingDayWarningAt(deadlines.endOfLondonDay(LocalDate.parse("2027-01-16"))))
                .isEqualTo("2027-01-16T00:00:00Z");
    }

    @Test
    @DisplayName("Policy: two working days' warning before the end of Tue 12 Jan 2027 falls at the end of Fri 8 Jan")
    void workingDayWarningFollowsThePolicy() {
        SlaPolicy twoDays = new SlaPolicy("2027-1", Duration.ofHours(48), Duration.ofHours(12), 10, 5, 10, 10, 3, 2,
                Period.ofWeeks(8), "GB-ENG", LONDON);
        Deadlines earlier = new Deadlines(twoDays, new WorkingDayCalendar(LONDON, "GB-ENG"));

        assertThat(earlier.workingDayWarningAt(Instant.parse("2027-01-13T00:00:00Z"))).isEqualTo("2027-01-09T00:00:00Z");
    }

    @Test
    @DisplayName("R3.2 a department asked on Christmas Eve 2026 answers by the end of Thu 31 Dec: Christmas Day and the Boxing Day substitute skipped")
    void departmentResponseAcrossChristmas() {
        assertThat(deadlines.departmentResponseDue(Instant.parse("2026-12-24T10:00:00Z")))
                .isEqualTo("2027-01-01T00:00:00Z");
    }

    @Test
    @DisplayName("R3.2 a department asked on the Friday before the spring bank holiday answers by the end of Thu 28 May 2026, 23:00Z")
    void departmentResponseAcrossABankHolidayWeekendInSummer() {
        assertThat(deadlines.departmentResponseDue(Instant.parse("2026-05-22T11:00:00Z")))
                .isEqualTo("2026-05-28T23:00:00Z");
    }

    @Test
    @DisplayName("Policy: the version in force is exposed for every event that applies a deadline")
    void exposesPolicyVersion() {
        assertThat(deadlines.policyVersion()).isEqualTo("2026-11-1");
    }

    @Test
    @DisplayName("Policy: a calendar in another zone than the policy is rejected")
    void rejectsZoneMismatch() {
        var utcCalendar = new WorkingDayCalendar(ZoneId.of("UTC"), "GB-ENG");

        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(POLICY, utcCalendar));
    }
}
