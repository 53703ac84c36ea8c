package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Writes the e-mail of a {@link Notice} to one member of staff, in plain text from {@code letters/notices.properties}:
 * what happened to which complaint (its reference, category and status), who did it, the deadline in London time where
 * there is one, and a link to the case in the console. It names no customer and quotes nothing they wrote (R8.1): an
 * e-mail leaves the service's access control. A handler's notice for a complaint nobody handles goes to the head.
 */
@Component
class StaffNotices {

    static final String VERSION = "1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final StaffDirectory staff;
    private final LetterDates dates;
    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();

    StaffNotices(StaffDirectory staff, WorkingDayCalendar calendar) {
        this.staff = staff;
        this.dates = new LetterDates(calendar.zone());
        words.setBasename("letters/notices");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
    }

    /** A notice that cannot go: nobody with an address is configured for its recipient. */
    static final class NoAddress extends RuntimeException {
        NoAddress(String message) {
            super(message);
        }
    }

    /** The user the notice is for (a forwarded manager's user when the directory knows their name). */
    String recipient(OutboxEntry entry, ComplaintView view) {
        return switch (entry.recipientRole) {
            case HEAD -> staff.head();
            case MANAGER -> staff.userNamed(entry.recipient);
            case HANDLER -> Text.hasText(entry.recipient) ? entry.recipient
                    : Text.hasText(view.handler()) ? view.handler() : staff.head();
        };
    }

    LetterSender.Envelope write(OutboxEntry entry, ComplaintView view) {
        String to = recipient(entry, view);
        String address = staff.address(to).orElseThrow(() -> new NoAddress("no e-mail address for staff member '" + to
                + "' (klachten.notifications.staff.<user>.email)"));
        String name = entry.notice.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] facts = {
                view.reference(),
                words(view.category()),
                words(view.status()),
                entry.by,
                entry.deadline == null ? "" : words(entry.deadline),
                entry.due == null ? "" : when(entry.due),
                staff.consoleUrl().replaceAll("/+$", "") + "/console/cases/" + view.complaintId()};
        String subject = words.getMessage("subject." + name, facts, Locale.UK);
        String text = words.getMessage("body." + name, facts, Locale.UK) + "\n\n"
                + words.getMessage("footer", facts, Locale.UK) + "\n";
        return new LetterSender.Envelope(address, subject.replaceAll("[\\r\\n\\p{Cntrl}]+", " "), text, null,
                "notice-" + name + "/" + VERSION);
    }

    /** A deadline at London midnight ends the day before ("end of Tuesday 12 January 2027"); any other, its time. */
    private String when(Instant due) {
        ZonedDateTime london = due.atZone(dates.zone());
        return london.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "the end of " + dates.due(due, Locale.UK) : TIME.format(london);
    }

    private static String words(Object constant) {
        return constant == null ? "" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
