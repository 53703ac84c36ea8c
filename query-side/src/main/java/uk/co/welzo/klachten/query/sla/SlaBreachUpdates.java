package uk.co.welzo.klachten.query.sla;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.SlaBreachChange;
import uk.co.welzo.klachten.query.infrastructure.Subscribers;
import uk.co.welzo.klachten.query.readmodel.LiveNotice;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Tells subscribers of {@link FindCurrentBreaches} about a clock whose breach began, changed or ended, judged now by
 * the same {@link BreachFilter} the query uses. Within a unit of work Axon's emitter sends the update only after the
 * batch has committed. A subscriber arriving while a batch is projected may miss that batch's changes, as it may
 * miss any change it comes too late for; its next refresh shows them.
 */
@Component
class SlaBreachUpdates implements LiveNotice<SlaClockDocument, Boolean> {

    private final QueryUpdateEmitter emitter;
    private final ReadModelWriter<SlaClockDocument> clocks;
    private final Clock clock;

    SlaBreachUpdates(QueryUpdateEmitter emitter, MongoTemplate mongo, Clock clock) {
        this.emitter = emitter;
        this.clocks = SlaClockDocument.writer(mongo);
        this.clock = clock;
    }

    @Override
    public boolean watched() {
        return Subscribers.watching(emitter, FindCurrentBreaches.class);
    }

    /** Whether the clock was breached before the change. */
    @Override
    public Boolean before(SlaClockDocument document) {
        return document != null && document.breachedAt(clock.instant());
    }

    @Override
    public void changed(Boolean breachedBefore, SlaClockDocument changed) {
        Instant now = clock.instant();
        boolean breachedNow = changed.breachedAt(now);
        if (!breachedBefore && !breachedNow) {
            return;
        }
        SlaBreachChange change = new SlaBreachChange(changed.complaintId, changed.kind, changed.inquiryId,
                breachedNow ? SlaQueryHandler.breach(changed, referenceOf(changed), now) : null);
        emitter.emit(FindCurrentBreaches.class, find -> new BreachFilter(find, now).matchesKind(changed), change);
    }

    private String referenceOf(SlaClockDocument changed) {
        if (changed.reference != null) {
            return changed.reference;
        }
        // the batch being projected may hold a newer acknowledgement clock than the collection does
        SlaClockDocument acknowledgement = clocks.find(
                SlaClockDocument.idOf(changed.complaintId, DeadlineKind.ACKNOWLEDGEMENT, null));
        return acknowledgement == null ? null : acknowledgement.reference;
    }
}
