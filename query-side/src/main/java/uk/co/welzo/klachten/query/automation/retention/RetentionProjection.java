package uk.co.welzo.klachten.query.automation.retention;

import java.time.Instant;
import java.time.Period;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.dataprotection.RetentionPolicy;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;

/**
 * Keeps each ended or held complaint's retention clock from its events: {@link RetentionScheduled} and a hold's
 * release say when the data may be erased, a hold stops the clock, an erasure ends it. A complaint that ended before
 * the retention policy was recorded in events has no {@code RetentionScheduled}: its moment is computed from its end
 * under {@code klachten.policy.retention.personal-data}, on the London calendar, as the aggregate computes it.
 */
@Component
@ProcessingGroup(RetentionProjection.GROUP)
class RetentionProjection {

    static final String GROUP = "retention";

    private final ReadModelWriter<RetentionAlarmsDocument> clocks;
    private final RetentionPolicy policy;

    RetentionProjection(MongoTemplate mongo, WorkingDayCalendar calendar,
                        @Value("${klachten.policy.retention.personal-data:P6Y}") Period personalData) {
        this.clocks = ReadModelWriter.of(mongo, RetentionAlarmsDocument.class);
        this.policy = new RetentionPolicy(personalData, calendar.zone());
    }

    @EventHandler
    void on(ComplaintClosed e, @SequenceNumber long sequence) {
        ended(e.complaintId(), e.occurredAt(), sequence);
    }

    @EventHandler
    void on(ComplaintWithdrawn e, @SequenceNumber long sequence) {
        ended(e.complaintId(), e.occurredAt(), sequence);
    }

    @EventHandler
    void on(RetentionScheduled e, @SequenceNumber long sequence) {
        change(e.complaintId(), sequence, d -> d.eraseAfter = e.eraseAfter());
    }

    @EventHandler
    void on(LegalHoldPlaced e, @SequenceNumber long sequence) {
        change(e.complaintId(), sequence, d -> d.held = true);
    }

    @EventHandler
    void on(LegalHoldReleased e, @SequenceNumber long sequence) {
        change(e.complaintId(), sequence, d -> {
            d.held = false;
            if (e.eraseAfter() != null) {
                d.eraseAfter = e.eraseAfter();
            }
        });
    }

    @EventHandler
    void on(PersonalDataErased e, @SequenceNumber long sequence) {
        change(e.complaintId(), sequence, d -> d.erased = true);
    }

    @ResetHandler
    void reset() {
        clocks.clear();
    }

    /** Until a {@link RetentionScheduled} says otherwise (the next event, since this release), from the end. */
    private void ended(ComplaintId complaint, Instant endedAt, long sequence) {
        change(complaint, sequence, d -> {
            d.endedAt = endedAt;
            if (d.eraseAfter == null) {
                d.eraseAfter = policy.eraseAfter(endedAt);
            }
        });
    }

    private void change(ComplaintId complaint, long sequence, Consumer<RetentionAlarmsDocument> step) {
        String id = complaint.value();
        RetentionAlarmsDocument found = clocks.find(id);
        clocks.apply(found != null ? found : RetentionAlarmsDocument.of(id), sequence, step);
    }
}
