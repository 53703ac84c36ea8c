package uk.co.welzo.klachten.web.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Reads what auditors type: London dates and times (as the browser's date and time fields send them) into instants,
 * and the names in the URL; anything unreadable is a {@link BadAuditInput} naming the field.
 */
@Component
class AuditInput {

    private final ZoneId zone;
    private final Clock clock;

    AuditInput(WorkingDayCalendar calendar, Clock clock) {
        this.zone = calendar.zone();
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** London now, rounded up to the next second (so it counts what was recorded this second), as the time field shows it. */
    String nowTyped() {
        return typed(now().plusSeconds(1));
    }

    String typed(Instant at) {
        return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    static ComplaintId complaintId(String typed) {
        if (typed == null || !typed.matches(ComplaintId.FORM)) {
            throw new BadAuditInput("audit.bad.complaintId");
        }
        return ComplaintId.of(typed);
    }

    /** A London date and time ("2027-01-05T10:00"); blank is {@code otherwise}. */
    Instant londonTime(String field, String typed, Instant otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDateTime.parse(typed.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new BadAuditInput("audit.bad.time", field);
        }
    }

    /** The start of a London day ("2027-01-05"); blank is {@code otherwise}. */
    LocalDate londonDate(String field, String typed, LocalDate otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException unreadable) {
            throw new BadAuditInput("audit.bad.date", field);
        }
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    static AsAtBasis basis(String typed) {
        if (typed == null || typed.isBlank()) {
            return AsAtBasis.RECORDED;
        }
        try {
            return AsAtBasis.valueOf(typed.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadAuditInput("audit.bad.basis");
        }
    }

    static DeadlineKind kind(String typed) {
        try {
            return DeadlineKind.valueOf(typed.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadAuditInput("audit.bad.kind");
        }
    }
}
