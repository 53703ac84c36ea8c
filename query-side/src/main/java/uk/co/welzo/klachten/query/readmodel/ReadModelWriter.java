package uk.co.welzo.klachten.query.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one way a projection writes its read model: find, skip if already applied, change, save, tell subscribers.
 * <p>
 * It owns idempotency (an event at or below a document's {@link ProjectedDocument#lastSequence} changes nothing),
 * the batch (inside a streaming processor's batch every find and save goes through that batch's
 * {@link DocumentBatch}, and is written in one bulk write when the batch ends; outside one it writes through) and the
 * live-update notice (a {@link LiveNotice}, asked only for live changes while someone watches).
 *
 * @param <D> the read model's document
 */
public final class ReadModelWriter<D extends ProjectedDocument> {

    private static final LiveNotice<?, ?> NONE = LiveNotice.none();

    private final MongoTemplate mongo;
    private final Class<D> type;
    private final LiveNotice<D, Object> notice;
    private final Function<String, Collection<String>> idsOfComplaint;

    private ReadModelWriter(MongoTemplate mongo, Class<D> type, LiveNotice<D, ?> notice,
                            Function<String, Collection<String>> idsOfComplaint) {
        this.mongo = mongo;
        this.type = type;
        @SuppressWarnings("unchecked")
        LiveNotice<D, Object> any = (LiveNotice<D, Object>) notice;
        this.notice = any;
        this.idsOfComplaint = idsOfComplaint;
    }

    /** A writer of documents of this type, whose ids are complaint ids, with no live subscribers. */
    public static <D extends ProjectedDocument> ReadModelWriter<D> of(MongoTemplate mongo, Class<D> type) {
        return new ReadModelWriter<>(mongo, type, noNotice(), null);
    }

    /** The same writer, telling this notice about live changes. */
    public ReadModelWriter<D> notifying(LiveNotice<D, ?> liveNotice) {
        return new ReadModelWriter<>(mongo, type, liveNotice, idsOfComplaint);
    }

    /**
     * The same writer, for a read model that keeps several documents per complaint: which ids belong to one
     * complaint, so a batch's first lookup fetches them for every complaint of the batch in one query.
     */
    public ReadModelWriter<D> withIdsPerComplaint(Function<String, Collection<String>> ids) {
        return new ReadModelWriter<>(mongo, type, notice, ids);
    }

    /** The document with this id as the current batch would leave it, or null when there is none. */
    public D find(String id) {
        return batch().find(type, id);
    }

    /**
     * Applies an event to the document with this id. A document that is not there is a damaged read model (one
     * aggregate's events arrive in order): that fails loudly, so the event is retried or dead-lettered.
     */
    public void apply(String id, long sequence, ReplayStatus replay, Consumer<D> change) {
        D found = find(id);
        if (found == null) {
            throw new IllegalStateException(type.getSimpleName() + " " + id + " is missing: event " + sequence
                    + " of its complaint cannot be applied, and its starting event was never projected");
        }
        apply(found, sequence, replay, change);
    }

    /**
     * Applies an event to a document already found, or a new one: changes it, records the sequence number, saves it
     * and tells the subscribers. Answers false, changing nothing, when the event was applied already.
     */
    public boolean apply(D document, long sequence, ReplayStatus replay, Consumer<D> change) {
        if (document.hasApplied(sequence)) {
            return false;
        }
        boolean live = live(replay);
        Object before = live ? notice.before(document.lastSequence < 0 ? null : document) : null;
        change.accept(document);
        document.lastSequence = sequence;
        batch().save(document);
        if (live) {
            notice.changed(before, document);
        }
        return true;
    }

    /**
     * Replaces the document with this id by a new one the event starts afresh, unless the event was applied
     * already; the subscribers hear of it as a change of the old document.
     */
    public boolean replace(String id, long sequence, ReplayStatus replay, Supplier<D> fresh) {
        D old = find(id);
        if (old != null && old.hasApplied(sequence)) {
            return false;
        }
        boolean live = live(replay);
        Object before = live ? notice.before(old) : null;
        D document = fresh.get();
        document.lastSequence = sequence;
        batch().save(document);
        if (live) {
            notice.changed(before, document);
        }
        return true;
    }

    /** Removes the document the event ends, unless the event was applied already; the subscribers hear it left. */
    public boolean remove(D document, String id, long sequence, ReplayStatus replay) {
        if (document.hasApplied(sequence)) {
            return false;
        }
        boolean live = live(replay);
        Object before = live ? notice.before(document) : null;
        batch().delete(type, id);
        if (live) {
            notice.removed(before, document);
        }
        return true;
    }

    /** {@link #apply(String, long, ReplayStatus, Consumer)} for a read model nobody subscribes to live. */
    public void apply(String id, long sequence, Consumer<D> change) {
        apply(id, sequence, unwatched(), change);
    }

    /** {@link #apply(ProjectedDocument, long, ReplayStatus, Consumer)} for a read model nobody subscribes to live. */
    public boolean apply(D document, long sequence, Consumer<D> change) {
        return apply(document, sequence, unwatched(), change);
    }

    /** {@link #replace(String, long, ReplayStatus, Supplier)} for a read model nobody subscribes to live. */
    public boolean replace(String id, long sequence, Supplier<D> fresh) {
        return replace(id, sequence, unwatched(), fresh);
    }

    /**
     * Saves a change no event's sequence governs (an index of a complaint's documents kept on one of them, say),
     * leaving the document's sequence as it is: for bookkeeping that a replayed event rewrites identically.
     */
    public void saveBookkeeping(D document) {
        batch().save(document);
    }

    /**
     * Deletes the document with this id, whatever it holds: for a read model that keeps a document only while it has
     * something to hold, once the event just applied has emptied it.
     */
    public void delete(String id) {
        batch().delete(type, id);
    }

    /** Whether a companion document (a tombstone, say) of another type exists, as the current batch leaves it. */
    public boolean exists(Class<?> companion, String id) {
        return batch().find(companion, id) != null;
    }

    /** A companion document of another type (an index kept beside the read model, say), as the current batch leaves it. */
    public <T> T findCompanion(Class<T> companion, String id) {
        return batch().find(companion, id);
    }

    /**
     * Says which companion documents belong to one complaint, so the batch's first lookup of them fetches those of
     * every complaint in the batch in one query. Only the first call per companion type and batch counts.
     */
    public void prefetchCompanions(Class<?> companion, Function<String, Collection<String>> idsOfComplaint) {
        batch().prefetch(companion, idsOfComplaint);
    }

    /** Saves a companion document of another type in the current batch, before this read model's own writes. */
    public void saveCompanion(Object companion) {
        batch().save(companion);
    }

    /** Deletes a companion document in the current batch (a key nothing is found by any more, say). */
    public void deleteCompanion(Class<?> companion, String id) {
        batch().delete(companion, id);
    }

    /**
     * Adds to a counter of a companion document (a count kept beside the read model), creating the document if it is
     * not there. Counting is not idempotent by itself: call it only for a change this writer has just applied, so the
     * read model's sequence number guards it. Inside a batch the increments of one document are summed into one
     * upsert, written with the batch (after the read model's own documents when those were written first).
     */
    public void incrementCompanion(Class<?> companion, String id, String field, long by) {
        DocumentBatch batch = batch();
        batch.increment(companion, id, field, by);
        batch.writeThrough();
    }

    /** Raises a field of a companion document to at least {@code value} ({@code $max}), creating the document if absent. */
    public void maxCompanion(Class<?> companion, String id, String field, Comparable<?> value) {
        DocumentBatch batch = batch();
        batch.max(companion, id, field, value);
        batch.writeThrough();
    }

    /** Adds a value to a set held by a companion document, creating the document if it is not there. */
    public void addToCompanionSet(Class<?> companion, String id, String field, Object value) {
        DocumentBatch batch = batch();
        batch.addToSet(companion, id, field, value);
        batch.writeThrough();
    }

    /**
     * The id of a document other than {@code id} whose {@code field} holds {@code value}, as the batch would leave
     * the collection, or null; {@code valuesOfBatch} tells the values the batch's other events bring, so the check
     * costs one query per batch. For values a unique index guards: a clash then fails the one event (which is
     * dead-lettered) rather than the batch's bulk write.
     */
    public String otherIdHolding(String field, Object value, String id, Supplier<? extends Collection<?>> valuesOfBatch) {
        DocumentBatch batch = batch();
        batch.prefetchHolders(type, field, valuesOfBatch);
        return batch.otherIdHolding(type, field, value, id);
    }

    /** The payloads of the current batch's events of one type (none outside a batch): what a writer may look ahead at. */
    public <T> List<T> payloadsOfBatch(Class<T> payloadType) {
        return batch().payloads(payloadType);
    }

    /** Empties the read model, keeping its collection and indexes: what a projection's reset does. */
    public void clear() {
        mongo.remove(new Query(), type);
    }

    /** Empties the collection of a companion document type, as {@link #clear} does the read model's own. */
    public void clearCompanion(Class<?> companion) {
        mongo.remove(new Query(), companion);
    }

    @SuppressWarnings("unchecked")
    private static <D> LiveNotice<D, ?> noNotice() {
        return (LiveNotice<D, ?>) NONE;
    }

    private ReplayStatus unwatched() {
        if (notice != NONE) {
            throw new IllegalStateException(type.getSimpleName() + " has live subscribers: say whether the event is replayed");
        }
        return ReplayStatus.REGULAR;
    }

    private boolean live(ReplayStatus replay) {
        return !replay.isReplay() && notice.watched();
    }

    private DocumentBatch batch() {
        DocumentBatch batch = DocumentBatch.current(mongo);
        if (idsOfComplaint != null) {
            batch.prefetch(type, idsOfComplaint);
        }
        return batch;
    }
}
