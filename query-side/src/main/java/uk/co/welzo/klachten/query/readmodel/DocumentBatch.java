package uk.co.welzo.klachten.query.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read-model documents one batch of events reads and writes, so that a batch costs a few round trips to MongoDB
 * instead of a find and a replace per event.
 * <p>
 * Inside a batch of a streaming processor (see {@link BatchedWritesInterceptor}) the first lookup in a collection
 * fetches, in one query, the documents of every complaint in the batch; changes are kept here and written in one
 * bulk write per collection when the batch's last event has been handled, before the processor stores its token. A
 * crash before that write loses nothing: the token still points before the batch, and every projection is idempotent.
 * <p>
 * Documents are held in their stored (BSON) form and converted afresh for every event, so an event whose handler
 * fails half-way (and is dead-lettered) leaves no trace: only {@link #save} replaces the held document.
 * <p>
 * Outside such a batch (a dead letter being retried, a handler called directly in a test) every operation goes
 * straight to MongoDB: the same code, written through.
 * <p>
 * Projections do not use it directly: {@link ReadModelWriter} does, for them.
 */
final class DocumentBatch {

    static final String RESOURCE = DocumentBatch.class.getName();
    private static final Document ABSENT = new Document();

    private final MongoTemplate mongo;
    private final boolean buffered;
    private final Set<String> complaintIds;
    private final List<? extends Message<?>> messages;
    private final Map<String, Held> collections = new HashMap<>();
    private final Set<String> writeOrder = new LinkedHashSet<>();

    DocumentBatch(MongoTemplate mongo, boolean buffered, Collection<String> complaintIds,
                  List<? extends Message<?>> messages) {
        this.mongo = mongo;
        this.buffered = buffered;
        this.complaintIds = new LinkedHashSet<>(complaintIds);
        this.messages = messages;
    }

    /** The batch the current event belongs to, or a write-through one when it belongs to none. */
    static DocumentBatch current(MongoTemplate mongo) {
        if (CurrentUnitOfWork.isStarted()) {
            DocumentBatch batch = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (batch != null && batch.mongo == mongo) {
                return batch;
            }
        }
        return new DocumentBatch(mongo, false, List.of(), List.of());
    }

    /**
     * Says which document ids of a collection belong to one complaint, so the first lookup fetches them for every
     * complaint of the batch in one query. Without it the ids fetched are the complaint ids themselves. Only the
     * first call per collection and batch counts.
     */
    void prefetch(Class<?> type, Function<String, Collection<String>> idsOfComplaint) {
        held(collectionOf(type)).prefetchWith(idsOfComplaint);
    }

    /** The payloads of this batch's events of one type (none outside a batch): what a projection may look ahead at. */
    <T> List<T> payloads(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Message<?> message : messages) {
            if (type.isAssignableFrom(message.getPayloadType())) {
                try {
                    found.add(type.cast(message.getPayload()));
                } catch (RuntimeException unreadable) {
                    // its own handling fails with this and dead-letters it; looking ahead just passes it by
                }
            }
        }
        return found;
    }

    /**
     * Fetches, in one query, the documents whose {@code field} holds one of {@code values}, so that
     * {@link #otherIdHolding} needs no query of its own for them. Only the first call per collection and batch counts.
     */
    void prefetchHolders(Class<?> type, String field, Supplier<? extends Collection<?>> valuesOfBatch) {
        Held held = held(collectionOf(type));
        if (!buffered || held.holdersFetched != null) {
            return;
        }
        Collection<?> values = valuesOfBatch.get();
        held.holdersFetched = new HashSet<>(values);
        held.holdersField = field;
        if (values.isEmpty()) {
            return;
        }
        for (Document stored : held.collection().find(Filters.in(field, values))) {
            held.known.putIfAbsent(String.valueOf(stored.get("_id")), stored);
        }
    }

    /** The document with this id, or null when there is none. */
    <T> T find(Class<T> type, String id) {
        Document stored = findStored(collectionOf(type), id);
        return stored == null ? null : mongo.getConverter().read(type, stored);
    }

    /** The stored form of the document with this id, or null. */
    private Document findStored(String collection, String id) {
        Held held = held(collection);
        if (!buffered) {
            return held.collection().find(Filters.eq("_id", id)).first();
        }
        Document stored = held.lookup(id);
        return stored == ABSENT ? null : stored;
    }

    /**
     * The id of a document other than {@code id} whose {@code field} holds {@code value}, as this batch would leave
     * the collection, or null. Projections ask before saving a value a unique index guards, so that a clash fails
     * the one event (which is then dead-lettered) rather than the batch's bulk write.
     */
    String otherIdHolding(Class<?> type, String field, Object value, String id) {
        Held held = held(collectionOf(type));
        for (Map.Entry<String, Document> entry : held.known.entrySet()) {
            if (!entry.getKey().equals(id) && entry.getValue() != ABSENT && value.equals(entry.getValue().get(field))) {
                return entry.getKey();
            }
        }
        if (field.equals(held.holdersField) && held.holdersFetched.contains(value)) {
            return null; // every stored holder of this value is among the known documents
        }
        for (Document stored : held.collection().find(Filters.eq(field, value)).projection(new Document(field, 1))) {
            String storedId = String.valueOf(stored.get("_id"));
            Document known = held.known.get(storedId);
            boolean changedInBatch = known != null && (known == ABSENT || !value.equals(known.get(field)));
            if (!storedId.equals(id) && !changedInBatch) {
                return storedId;
            }
        }
        return null;
    }

    /** Inserts or replaces the document, as {@code MongoTemplate.save} would. */
    void save(Object document) {
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        saveStored(collectionOf(document.getClass()), stored);
    }

    private void saveStored(String collection, Document stored) {
        Object id = stored.get("_id");
        if (id == null) {
            throw new IllegalArgumentException("a document saved in a batch needs an id: " + stored);
        }
        Held held = held(collection);
        ReplaceOneModel<Document> replace = new ReplaceOneModel<>(Filters.eq("_id", id), stored,
                new ReplaceOptions().upsert(true));
        if (!buffered) {
            held.collection().replaceOne(replace.getFilter(), stored, replace.getReplaceOptions());
            return;
        }
        held.known.put(id.toString(), stored);
        held.writes.put(id.toString(), replace);
        writeOrder.add(collection);
    }

    /** Deletes the document with this id, if there is one. */
    void delete(Class<?> type, String id) {
        deleteStored(collectionOf(type), id);
    }

    private void deleteStored(String collection, String id) {
        Held held = held(collection);
        if (!buffered) {
            held.collection().deleteOne(Filters.eq("_id", id));
            return;
        }
        held.known.put(id, ABSENT);
        held.writes.put(id, new DeleteOneModel<>(Filters.eq("_id", id)));
        writeOrder.add(collection);
    }

    /**
     * Adds to a counter of the document with this id, creating it if it is not there: for counts kept beside a read
     * model whose document's sequence number guards the event (never a bare increment). Inside a batch the increments
     * of one document are summed and written as one upsert; they are not seen by {@link #find}.
     */
    void increment(Class<?> type, String id, String field, long by) {
        update(collectionOf(type), id).increments.merge(field, by, Long::sum);
    }

    /** Adds a value to a set held by the document with this id, creating it if it is not there. */
    void addToSet(Class<?> type, String id, String field, Object value) {
        update(collectionOf(type), id).sets.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
    }

    /**
     * Raises a field of the document with this id to at least {@code value} ({@code $max}), creating the document if it
     * is not there: an upper bound, which a later smaller value never lowers.
     */
    void max(Class<?> type, String id, String field, Comparable<?> value) {
        update(collectionOf(type), id).maxes.merge(field, value, DocumentBatch::larger);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<?> larger(Comparable<?> a, Comparable<?> b) {
        return ((Comparable) a).compareTo(b) >= 0 ? a : b;
    }

    private Counters update(String collection, String id) {
        writeOrder.add(collection);
        return held(collection).counters.computeIfAbsent(id, Counters::new);
    }

    /** Writes the increments held outside a batch at once, as every other write there is. */
    void writeThrough() {
        if (!buffered) {
            flush();
        }
    }

    /**
     * Writes every change of the batch, one bulk write per collection, in the order the collections were first
     * written to (so a projection decides which of its collections a crash half-way leaves ahead).
     */
    void flush() {
        for (String collection : writeOrder) {
            Held held = collections.get(collection);
            for (Counters counters : held.counters.values()) {
                counters.model().ifPresent(update -> held.writes.merge(counters.id, update, (a, b) -> {
                    throw new IllegalStateException("document " + counters.id + " both saved and counted in one batch");
                }));
            }
            held.counters.clear();
            if (!held.writes.isEmpty()) {
                held.collection().bulkWrite(new ArrayList<>(held.writes.values()), new BulkWriteOptions().ordered(true));
                held.writes.clear();
            }
        }
        writeOrder.clear();
    }

    private String collectionOf(Class<?> type) {
        return mongo.getCollectionName(type);
    }

    private Held held(String collection) {
        return collections.computeIfAbsent(collection, Held::new);
    }

    /** One collection's documents as far as this batch knows them, and its pending writes. */
    private final class Held {

        private final String name;
        private final Map<String, Document> known = new HashMap<>();
        private final Map<String, WriteModel<Document>> writes = new LinkedHashMap<>();
        private final Map<String, Counters> counters = new LinkedHashMap<>();
        private Function<String, Collection<String>> idsOfComplaint;
        private boolean prefetched;
        private Set<Object> holdersFetched;
        private String holdersField;

        Held(String name) {
            this.name = name;
        }

        MongoCollection<Document> collection() {
            return mongo.getCollection(name);
        }

        void prefetchWith(Function<String, Collection<String>> ids) {
            if (idsOfComplaint == null) {
                idsOfComplaint = ids;
            }
        }

        Document lookup(String id) {
            if (!prefetched) {
                prefetched = true;
                fetch(idsToPrefetch());
            }
            if (!known.containsKey(id)) {
                fetch(List.of(id));
            }
            return known.get(id);
        }

        private Set<String> idsToPrefetch() {
            Set<String> ids = new LinkedHashSet<>();
            for (String complaintId : complaintIds) {
                ids.addAll(idsOfComplaint == null ? List.of(complaintId) : idsOfComplaint.apply(complaintId));
            }
            return ids;
        }

        private void fetch(Collection<String> ids) {
            List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
            if (unknown.isEmpty()) {
                return;
            }
            for (Document stored : collection().find(Filters.in("_id", unknown))) {
                known.put(String.valueOf(stored.get("_id")), stored);
            }
            unknown.forEach(id -> known.putIfAbsent(id, ABSENT));
        }
    }

    /** The increments, set additions and upper bounds a batch holds for one document: one upsert when the batch is written. */
    private static final class Counters {

        private final String id;
        private final Map<String, Long> increments = new LinkedHashMap<>();
        private final Map<String, Set<Object>> sets = new LinkedHashMap<>();
        private final Map<String, Comparable<?>> maxes = new LinkedHashMap<>();

        Counters(String id) {
            this.id = id;
        }

        Optional<WriteModel<Document>> model() {
            Document inc = new Document();
            increments.forEach((field, by) -> {
                if (by != 0) {
                    inc.append(field, by);
                }
            });
            Document addToSet = new Document();
            sets.forEach((field, values) -> addToSet.append(field, new Document("$each", new ArrayList<>(values))));
            if (inc.isEmpty() && addToSet.isEmpty() && maxes.isEmpty()) {
                return Optional.empty();
            }
            Document update = new Document();
            if (!inc.isEmpty()) {
                update.append("$inc", inc);
            }
            if (!addToSet.isEmpty()) {
                update.append("$addToSet", addToSet);
            }
            if (!maxes.isEmpty()) {
                update.append("$max", new Document(maxes));
            }
            return Optional.of(new UpdateOneModel<>(Filters.eq("_id", id), update,
                    new UpdateOptions().upsert(true)));
        }
    }
}
