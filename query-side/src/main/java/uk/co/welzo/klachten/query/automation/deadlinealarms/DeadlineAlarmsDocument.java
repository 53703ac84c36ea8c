package uk.co.welzo.klachten.query.automation.deadlinealarms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One complaint's alerts still to come: a warning or a deadline of each obligation whose clock runs and has not
 * been recorded as missed. The document exists only while there is one, so the collection stays as small as the
 * complaints with a deadline ahead, and a scan of it is cheap even where indexes are ignored (the embedded
 * in-process server ignores secondary indexes).
 */
@Document(DeadlineAlarmsDocument.COLLECTION)
class DeadlineAlarmsDocument extends ProjectedDocument {

    static final String COLLECTION = "deadline_alarms";

    /** The complaint's id. */
    @Id
    String id;
    List<Alarm> alarms = new ArrayList<>();
    /** The earliest next alert of the alarms: what the scan asks for. */
    @Indexed
    Instant nextAlertAt;

    /** One obligation's alarm: its deadline in force, when to warn of it, and the deadline it last warned of. */
    static class Alarm {
        DeadlineKind kind;
        String inquiryId;
        Instant due;
        Instant warningAt;
        Instant warnedDue;

        /** The warning moment until it has been warned of this deadline, then the deadline. */
        Instant nextAlertAt() {
            boolean warningToCome = warningAt != null && warningAt.isBefore(due) && !due.equals(warnedDue);
            return warningToCome ? warningAt : due;
        }

        boolean is(DeadlineKind otherKind, String otherInquiryId) {
            return kind == otherKind && Objects.equals(inquiryId, otherInquiryId);
        }
    }

    static DeadlineAlarmsDocument of(String complaintId) {
        DeadlineAlarmsDocument document = new DeadlineAlarmsDocument();
        document.id = complaintId;
        return document;
    }

    Alarm alarm(DeadlineKind kind, String inquiryId) {
        return alarms.stream().filter(alarm -> alarm.is(kind, inquiryId)).findFirst().orElse(null);
    }

    /** Starts or restarts the obligation's alarm. */
    void set(DeadlineKind kind, String inquiryId, Instant due, Instant warningAt) {
        drop(kind, inquiryId);
        Alarm alarm = new Alarm();
        alarm.kind = kind;
        alarm.inquiryId = inquiryId;
        alarm.due = due;
        alarm.warningAt = warningAt;
        alarms.add(alarm);
    }

    void drop(DeadlineKind kind, String inquiryId) {
        alarms.removeIf(alarm -> alarm.is(kind, inquiryId));
    }

    void warned(DeadlineKind kind, String inquiryId, Instant due) {
        Alarm alarm = alarm(kind, inquiryId);
        if (alarm != null) {
            alarm.warnedDue = due;
        }
    }

    /** A missed deadline rings no more; an extension (R5) sets a new one. */
    void missed(DeadlineKind kind, String inquiryId, Instant due) {
        Alarm alarm = alarm(kind, inquiryId);
        if (alarm != null && alarm.due.equals(due)) {
            drop(kind, inquiryId);
        }
    }

    void recomputeNextAlert() {
        nextAlertAt = alarms.stream().map(Alarm::nextAlertAt).min(Instant::compareTo).orElse(null);
    }
}
