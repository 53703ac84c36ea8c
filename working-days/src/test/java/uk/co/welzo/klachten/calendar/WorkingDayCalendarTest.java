package uk.co.welzo.klachten.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(LONDON, WorkingDayCalendar.ENGLAND_AND_WALES);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
            "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
            "2027-12-27", "2027-12-28",
            "2028-01-03"})
    @DisplayName("Working days: the published England and Wales bank holidays, substitute days included, are not working days")
    void publishedBankHolidaysAreNotWorkingDays(String date) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @Test
    @DisplayName("Working days: ordinary weekdays work, weekends do not")
    void weekdaysWorkAndWeekendsDoNot() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-01"))).isTrue();  // Monday
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();  // Christmas Eve
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-06"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-07"))).isFalse(); // Sunday
    }

    @Test
    @DisplayName("Working days: the DOMAIN example, Thursday 24 December 2026 plus 10 working days is Tuesday 12 January 2027")
    void countsAcrossChristmas2026() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-12-24"), 10)).isEqualTo("2027-01-12");
    }

    @Test
    @DisplayName("Working days: across Christmas 2027 and New Year 2028 every substitute day is skipped")
    void countsAcrossChristmas2027() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2027-12-24"), 1)).isEqualTo("2027-12-29");
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2027-12-24"), 4)).isEqualTo("2028-01-04");
    }

    @Test
    @DisplayName("Working days: Good Friday and Easter Monday 2026 are skipped")
    void countsAcrossEaster2026() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-04-02"), 1)).isEqualTo("2026-04-07");
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-04-02"), 10)).isEqualTo("2026-04-20");
    }

    @Test
    @DisplayName("Working days: Good Friday and Easter Monday 2027 are skipped")
    void countsAcrossEaster2027() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2027-03-24"), 5)).isEqualTo("2027-04-02");
    }

    @Test
    @DisplayName("Working days: a decision on a non-working day counts from the next working day, the day itself never counts")
    void decisionOnNonWorkingDay() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-04-03"), 10)).isEqualTo("2026-04-20"); // Good Friday
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-04-04"), 1)).isEqualTo("2026-04-07");  // Easter Saturday
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-06-06"), 10)).isEqualTo("2026-06-19"); // Saturday
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-06-01"), 1)).isEqualTo("2026-06-02");  // Monday
    }

    @Test
    @DisplayName("Working days: counting back, the working day before Tue 29 Dec 2026 is Christmas Eve, skipping the Boxing Day substitute, the weekend and Christmas Day")
    void countsBackAcrossChristmas2026() {
        assertThat(calendar.workingDaysBefore(LocalDate.parse("2026-12-29"), 1)).isEqualTo("2026-12-24");
        assertThat(calendar.workingDaysBefore(LocalDate.parse("2027-01-12"), 2)).isEqualTo("2027-01-08");
        assertThat(calendar.workingDaysBefore(LocalDate.parse("2027-01-16"), 1)).isEqualTo("2027-01-15"); // from a Saturday
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysBefore(LocalDate.parse("2027-01-12"), 0));
    }

    @Test
    @DisplayName("Working days: an operator-configured one-off bank holiday is honoured")
    void extraHolidayIsHonoured() {
        LocalDate oneOff = LocalDate.parse("2027-06-07");
        var withExtra = new WorkingDayCalendar(LONDON, "GB-ENG", Set.of(oneOff));

        assertThat(calendar.workingDaysAfter(LocalDate.parse("2027-06-04"), 1)).isEqualTo(oneOff);
        assertThat(withExtra.isWorkingDay(oneOff)).isFalse();
        assertThat(withExtra.workingDaysAfter(LocalDate.parse("2027-06-04"), 1)).isEqualTo("2027-06-08");
    }

    @Test
    @DisplayName("Working days: the skipped weekend days and bank holidays are listed for audit")
    void listsNonWorkingDays() {
        assertThat(calendar.nonWorkingDaysBetween(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-12")))
                .containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"),
                        LocalDate.parse("2026-12-27"), LocalDate.parse("2026-12-28"),
                        LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-02"),
                        LocalDate.parse("2027-01-03"), LocalDate.parse("2027-01-09"),
                        LocalDate.parse("2027-01-10"));
        assertThat(calendar.nonWorkingDaysBetween(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-05"))).isEmpty();
    }

    @Test
    @DisplayName("Working days: the holiday region is COUNTRY-SUBDIVISION, case insensitive; Wales equals England, Scotland differs")
    void holidayRegionFormat() {
        var wales = new WorkingDayCalendar(LONDON, "gb-wls");
        var scotland = new WorkingDayCalendar(LONDON, "GB-SCT");

        assertThat(wales.isWorkingDay(LocalDate.parse("2026-04-06"))).isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.parse("2026-04-06"))).isTrue();  // no Easter Monday
        assertThat(scotland.isWorkingDay(LocalDate.parse("2026-01-02"))).isFalse(); // 2 January
        assertThat(calendar.zone()).isEqualTo(LONDON);
    }

    @Test
    @DisplayName("Working days: an unknown holiday region is rejected rather than silently losing England's holidays")
    void rejectsUnknownRegion() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LONDON, "GB-XYZ"));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LONDON, "ZZ-ENG"));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LONDON, " "));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysAfter(LocalDate.parse("2026-06-01"), 0));
    }
}
