package uk.co.welzo.klachten.query.sla;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import uk.co.welzo.klachten.query.batch.DocumentBatch;

/**
 * The alarms still to come: one small document per clock that has a next alert, and none for any other. The alarm
 * clock scans this collection instead of every clock ever started, because the embedded in-process MongoDB ignores
 * the secondary index on the clocks and would read all of them every scan. The clocks stay the truth: an alarm that
 * no longer matches its clock is corrected by the alarm clock when it meets it.
 */
final class SlaAlarms {

    static final String COLLECTION = "sla_alarms";
    static final String NEXT_ALERT_AT = "nextAlertAt";

    private SlaAlarms() {
    }

    /** Makes the clock's alarm match the clock: its next alert, or no alarm. */
    static void keep(DocumentBatch batch, SlaClockDocument clock) {
        if (clock.nextAlertAt == null) {
            batch.deleteStored(COLLECTION, clock.id);
        } else {
            batch.saveStored(COLLECTION, alarm(clock.id, clock.nextAlertAt));
        }
    }

    static Document alarm(String clockId, Instant nextAlertAt) {
        return new Document("_id", clockId).append(NEXT_ALERT_AT, Date.from(nextAlertAt));
    }
}
