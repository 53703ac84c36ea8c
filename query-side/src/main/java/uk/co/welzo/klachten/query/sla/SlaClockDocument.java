package uk.co.welzo.klachten.query.sla;

import uk.co.welzo.klachten.query.readmodel.ProjectedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.api.sla.SlaClockView;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * One obligation's clock (R2.1, R3.2, R3.4, R4.3, R4.4, R5.3). The alarms that act on it live in their own slice,
 * {@code automation.deadlinealarms}. The current breaches and the running clocks' share of compliance are found
 * among their copies ({@link RunningClockDocument}), the stopped clocks' share in counts per day ({@link SlaDays}).
 */
@Document("sla_clocks")
class SlaClockDocument extends ProjectedDocument {

    @Id
    String id;
    @Indexed
    String complaintId;
    String reference;
    DeadlineKind kind;
    String inquiryId;
    /** Indexed for the compliance query, which reads the clocks started in a part of a day one by one. */
    @Indexed
    Instant startedAt;
    Instant originalDue;
    Instant currentDue;
    Instant warningAt;
    Instant warnedAt;
    Instant warnedDue;
    Instant missedAt;
    Instant missedDue;
    Instant metAt;
    Instant stoppedAt;
    String policyVersion;
    boolean running;
    /** On the acknowledgement clock only: the ids of the complaint's other clocks, so they are found by id. */
    List<String> clockIds;

    /**
     * The writer of clocks; a batch's first lookup fetches every fixed clock of each complaint in the batch (one
     * per obligation that is not a department's), department clocks are fetched by id when asked for.
     */
    static ReadModelWriter<SlaClockDocument> writer(MongoTemplate mongo) {
        return ReadModelWriter.of(mongo, SlaClockDocument.class).withIdsPerComplaint(complaintId -> FIXED_KINDS.stream()
                .map(kind -> idOf(complaintId, kind, null)).toList());
    }

    private static final List<DeadlineKind> FIXED_KINDS = List.of(DeadlineKind.ACKNOWLEDGEMENT,
            DeadlineKind.STAGE_ONE_RESOLUTION, DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET,
            DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, DeadlineKind.STAGE_TWO_RESOLUTION);

    /**
     * Every clock of one complaint, found by id: the acknowledgement clock lists the others. A query
     * on complaintId would do, but the embedded in-process MongoDB ignores secondary indexes and
     * would scan every clock for every closure.
     */
    static List<SlaClockDocument> allOf(Function<String, SlaClockDocument> find, String complaintId) {
        SlaClockDocument acknowledgement = find.apply(idOf(complaintId, DeadlineKind.ACKNOWLEDGEMENT, null));
        List<SlaClockDocument> all = new ArrayList<>();
        if (acknowledgement == null) {
            return all;
        }
        all.add(acknowledgement);
        if (acknowledgement.clockIds != null) {
            for (String id : acknowledgement.clockIds) {
                SlaClockDocument clock = find.apply(id);
                if (clock != null) {
                    all.add(clock);
                }
            }
        }
        return all;
    }

    /** Lists a new clock on its complaint's acknowledgement clock (idempotent). */
    static void register(ReadModelWriter<SlaClockDocument> clocks, String complaintId, String clockId) {
        SlaClockDocument acknowledgement = clocks.find(idOf(complaintId, DeadlineKind.ACKNOWLEDGEMENT, null));
        if (acknowledgement == null) {
            return;
        }
        if (acknowledgement.clockIds == null) {
            acknowledgement.clockIds = new ArrayList<>();
        }
        if (!acknowledgement.clockIds.contains(clockId)) {
            acknowledgement.clockIds.add(clockId);
            clocks.saveBookkeeping(acknowledgement);
        }
    }

    /** The fields {@link SlaCompliance} judges a clock by, from a plain document as the database holds it. */
    static SlaClockDocument forCompliance(org.bson.Document stored) {
        SlaClockDocument clock = new SlaClockDocument();
        clock.kind = DeadlineKind.valueOf(stored.getString("kind"));
        clock.startedAt = instant(stored, "startedAt");
        clock.originalDue = instant(stored, "originalDue");
        clock.currentDue = instant(stored, "currentDue");
        clock.metAt = instant(stored, "metAt");
        clock.stoppedAt = instant(stored, "stoppedAt");
        clock.running = Boolean.TRUE.equals(stored.getBoolean("running"));
        return clock;
    }

    private static Instant instant(org.bson.Document stored, String field) {
        java.util.Date date = stored.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static String idOf(String complaintId, DeadlineKind kind, String inquiryId) {
        return complaintId + "/" + kind + (inquiryId == null ? "" : "/" + inquiryId);
    }

    SlaClockView toView(Instant now, WorkingDayCalendar calendar) {
        Instant end = endedAt(now);
        return new SlaClockView(kind, inquiryId, startedAt, originalDue, currentDue, warningAt, warnedAt, missedAt,
                metAt, stoppedAt, policyVersion, verdict(now), metBy(originalDue, now), metBy(currentDue, now),
                TimeTaken.hours(startedAt, end), TimeTaken.workingDays(calendar, startedAt, end));
    }

    /** When the clock stopped: met, stopped by closure, or (still running) now. */
    Instant endedAt(Instant now) {
        return metAt != null ? metAt : stoppedAt != null ? stoppedAt : now;
    }

    /** Open past its current deadline, judged at {@code now}. */
    boolean breachedAt(Instant now) {
        return running && !now.isBefore(currentDue);
    }

    /** Met before the original deadline: TRUE, FALSE, or null while undecided (running in time, or stopped in time). */
    Boolean metOriginalBy(Instant now) {
        return metBy(originalDue, now);
    }

    /** Met before the current (extended, if it was) deadline; null while undecided. */
    Boolean metCurrentBy(Instant now) {
        return metBy(currentDue, now);
    }

    private ClockVerdict verdict(Instant now) {
        Instant end = metAt != null ? metAt : stoppedAt;
        if (end == null) {
            return now.isBefore(currentDue) && missedAt == null ? ClockVerdict.RUNNING : ClockVerdict.MISSED;
        }
        if (!end.isBefore(currentDue)) {
            return ClockVerdict.MISSED;
        }
        return metAt != null ? ClockVerdict.MET : ClockVerdict.STOPPED;
    }

    /** Whether the obligation was met before the given deadline; unknown (null) while it may still be. */
    private Boolean metBy(Instant deadline, Instant now) {
        if (metAt != null) {
            return metAt.isBefore(deadline);
        }
        if (stoppedAt != null) {
            return stoppedAt.isBefore(deadline) ? null : Boolean.FALSE;
        }
        return now.isBefore(deadline) ? null : Boolean.FALSE;
    }
}
