package uk.co.welzo.klachten.command.sla;

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

    static final SlaPolicy POLICY = new SlaPolicy("2026-11-1", Duration.ofHours(48), 10, 5, 10, 10,
            Period.ofWeeks(8), "GB-ENG", LONDON);

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
