package uk.co.welzo.klachten.query.automation.deadlinealarms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;

/**
 * One complaint's alerts still to come: a warning or a deadline of each obligation whose clock runs and has not
 * been recorded as missed, and the end of an open escalation window. The document exists only while there is one, so the collection stays as small as the
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
    /**
     * When the escalation window of a stage-1 resolution ends with no escalation: the complaint is then closed as
     * lapsed (lifecycle). Null when no window is open.
     */
    Instant lapsesAt;
    /** The earliest next alert of the alarms and the lapse: what the scan asks for. */
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
        nextAlertAt = Stream.concat(alarms.stream().map(Alarm::nextAlertAt), Stream.ofNullable(lapsesAt))
                .min(Instant::compareTo).orElse(null);
    }

    /** Nothing to come: no alarm and no window to lapse. */
    boolean isQuiet() {
        return alarms.isEmpty() && lapsesAt == null;
    }
}
