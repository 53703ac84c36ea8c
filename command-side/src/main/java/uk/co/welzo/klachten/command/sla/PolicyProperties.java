package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * The {@code klachten.policy.*} settings; the defaults are the procedure's own numbers. The calendar
 * settings under the same prefix (zone, holiday region, extra bank holidays) are the working-days
 * module's {@code CalendarProperties}: the policy records the calendar's region and zone.
 * {@code acknowledgementWarning}
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
        @DefaultValue("P8W") Period escalationWindow) {

    public SlaPolicy toSlaPolicy(WorkingDayCalendar calendar) {
        return new SlaPolicy(version, acknowledgement, acknowledgementWarning, stageOneWorkingDays,
                escalationAcknowledgementTargetWorkingDays, escalationAcknowledgementLimitWorkingDays,
                stageTwoWorkingDays, departmentResponseWorkingDays, workingDayWarning, escalationWindow,
                calendar.holidayRegion(), calendar.zone());
    }
}
