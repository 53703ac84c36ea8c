package uk.co.welzo.klachten.query.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.query.readmodel.ReadModelWriter;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;

/**
 * Keeps one trend fact per complaint, and the counts of the day it was received ({@link TrendDayDocument}). Only facts
 * are copied out of the events, never their personal data or free text (R8.1). Written through a
 * {@link ReadModelWriter}, so replay-safe: the day's counts change only when an event changes the fact (its sequence
 * number guards them), by what the fact counted in before and counts in after, so a value that changes later (a
 * recategorisation, the root cause and outcome of a second resolution) moves from one count to another. Erasure
 * changes no fact, so no count.
 */
@Component
@ProcessingGroup("trends")
class TrendProjection {

    private final ReadModelWriter<TrendFactDocument> facts;

    TrendProjection(MongoTemplate mongo) {
        this.facts = ReadModelWriter.of(mongo, TrendFactDocument.class);
    }

    @EventHandler
    void on(ComplaintLodged e, @SequenceNumber long sequence) {
        TrendFactDocument old = facts.find(e.complaintId().value());
        TrendFactDocument[] lodged = new TrendFactDocument[1];
        boolean applied = facts.replace(e.complaintId().value(), sequence, () -> {
            TrendFactDocument fact = new TrendFactDocument();
            lodged[0] = fact;
            fact.id = e.complaintId().value();
            fact.category = e.category();
            fact.channel = e.channel();
            fact.product = TrendFactDocument.key(e.product());
            fact.productLabel = TrendFactDocument.label(e.product());
            fact.receivedAt = e.occurredAt();
            return fact;
        });
        if (applied) {
            count(old, lodged[0]);
        }
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> {
            fact.acknowledgedAt = e.occurredAt();
            fact.hoursToAcknowledge = TrendFactDocument.hoursBetween(fact.receivedAt, e.occurredAt());
        });
    }

    @EventHandler
    void on(ComplaintRecategorised e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.category = e.category());
    }

    @EventHandler
    void on(DepartmentInputRequested e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.ask(e.department()));
    }

    @EventHandler
    void on(ComplaintResolved e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> fact.resolve(e.stage(), e.outcome(), e.rootCause(), e.occurredAt()));
    }

    @EventHandler
    void on(ComplaintEscalated e, @SequenceNumber long sequence) {
        update(e.complaintId(), sequence, fact -> {
            fact.escalated = true;
            fact.escalatedAt = e.occurredAt();
        });
    }

    @ResetHandler
    void reset() {
        facts.clear();
        facts.clearCompanion(TrendDayDocument.class);
    }

    private void update(ComplaintId complaintId, long sequence, Consumer<TrendFactDocument> change) {
        TrendFactDocument fact = facts.find(complaintId.value());
        if (fact == null) {
            facts.apply(complaintId.value(), sequence, change); // fails loudly: the fact's lodging was never projected
            return;
        }
        Set<TrendTally> before = TrendTally.of(fact);
        Instant receivedBefore = fact.receivedAt;
        if (facts.apply(fact, sequence, change)) {
            count(before, receivedBefore, fact);
        }
    }

    private void count(TrendFactDocument old, TrendFactDocument now) {
        count(TrendTally.of(old), old == null ? null : old.receivedAt, now);
        if (now.receivedAt != null) {
            LocalDate day = TrendBuckets.londonDate(now.receivedAt);
            facts.addToCompanionSet(TrendDayDocument.class, TrendTally.documentId(TrendTally.RECEIVED, day),
                    "complaints", now.id);
        }
    }

    /** Takes back what the fact counted in before (on the day it was received then) and counts what it counts in now. */
    private void count(Set<TrendTally> before, Instant receivedBefore, TrendFactDocument now) {
        Set<TrendTally> after = TrendTally.of(now);
        for (TrendTally tally : before) {
            if (!after.contains(tally) || !Objects.equals(receivedBefore, now.receivedAt)) {
                increment(tally, TrendBuckets.londonDate(receivedBefore), -1);
            }
        }
        for (TrendTally tally : after) {
            if (!before.contains(tally) || !Objects.equals(receivedBefore, now.receivedAt)) {
                increment(tally, TrendBuckets.londonDate(now.receivedAt), 1);
            }
        }
    }

    private void increment(TrendTally tally, LocalDate day, long by) {
        facts.incrementCompanion(TrendDayDocument.class, tally.documentId(day), tally.field(), by);
    }
}
