package uk.co.welzo.klachten.query.sla;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.SlaBreachChange;
import uk.co.welzo.klachten.query.Subscribers;

/**
 * Tells subscribers of {@link FindCurrentBreaches} about a clock whose breach began, changed or ended, judged now.
 * Within a unit of work Axon's emitter sends the update only after the batch has committed.
 */
@Component
class SlaBreachUpdates {

    private final QueryUpdateEmitter emitter;
    private final MongoTemplate mongo;
    private final Clock clock;

    SlaBreachUpdates(QueryUpdateEmitter emitter, MongoTemplate mongo, Clock clock) {
        this.emitter = emitter;
        this.mongo = mongo;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void changed(SlaClockDocument changed, boolean breachedBefore) {
        // without subscribers the breach (with its working-day arithmetic) is not worked out at all. A subscriber
        // arriving while a batch is projected may miss that batch's changes, as it may miss any change it comes too
        // late for; its next refresh shows them.
        if (!Subscribers.watching(emitter, FindCurrentBreaches.class)) {
            return;
        }
        Instant now = now();
        boolean breachedNow = changed.breachedAt(now);
        if (!breachedBefore && !breachedNow) {
            return;
        }
        SlaBreachChange change = new SlaBreachChange(changed.complaintId, changed.kind, changed.inquiryId,
                breachedNow ? SlaQueryHandler.breach(changed, referenceOf(changed), now) : null);
        emitter.emit(FindCurrentBreaches.class, query -> query.kind() == null || query.kind() == changed.kind, change);
    }

    private String referenceOf(SlaClockDocument changed) {
        if (changed.reference != null) {
            return changed.reference;
        }
        // the batch being projected may hold a newer acknowledgement clock than the collection does
        SlaClockDocument acknowledgement = SlaClockDocument.batch(mongo).find(SlaClockDocument.class,
                SlaClockDocument.idOf(changed.complaintId, DeadlineKind.ACKNOWLEDGEMENT, null));
        return acknowledgement == null ? null : acknowledgement.reference;
    }
}
