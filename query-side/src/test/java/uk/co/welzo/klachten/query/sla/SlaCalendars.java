package uk.co.welzo.klachten.query.sla;

import java.time.ZoneId;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/** The calendar the query side configures by default: England and Wales, London dates. */
final class SlaCalendars {

    static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(ZoneId.of("Europe/London"),
            WorkingDayCalendar.ENGLAND_AND_WALES);

    private SlaCalendars() {
    }
}
