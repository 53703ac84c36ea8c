package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * The {@code klachten.policy.*} settings; the defaults are the procedure's own numbers. Extra bank
 * holidays are ISO dates ({@code 2027-06-07}) for one-off holidays Jollyday does not know yet;
 * adding one changes the deadlines, so bump {@code version} with it. {@code acknowledgementWarning}
 * is how long before the 48-hour acknowledgement deadline the SLA clock warns; {@code
 * workingDayWarning} how many working days before every working-day deadline.
 */
@ConfigurationProperties("klachten.policy")
public record PolicyProperties(
        @DefaultValue("2026-11-1") String version,
        @DefaultValue("48h") Duration acknowledgement,
        @DefaultValue("12h") Duration acknowledgementWarning,
        @DefaultValue("10") int stageOneWorkingDays,
        @DefaultValue("5") int escalationAcknowledgementTargetWorkingDays,
        @DefaultValue("10") int escalationAcknowledgementLimitWorkingDays,
        @DefaultValue("10") int stageTwoWorkingDays,
        @DefaultValue("3") int departmentResponseWorkingDays,
        @DefaultValue("1") int workingDayWarning,
        @DefaultValue("P8W") Period escalationWindow,
        @DefaultValue(WorkingDayCalendar.ENGLAND_AND_WALES) String holidayRegion,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue List<LocalDate> extraBankHolidays) {

    public SlaPolicy toSlaPolicy() {
        return new SlaPolicy(version, acknowledgement, acknowledgementWarning, stageOneWorkingDays,
                escalationAcknowledgementTargetWorkingDays, escalationAcknowledgementLimitWorkingDays,
                stageTwoWorkingDays, departmentResponseWorkingDays, workingDayWarning, escalationWindow,
                holidayRegion, zone);
    }
}
