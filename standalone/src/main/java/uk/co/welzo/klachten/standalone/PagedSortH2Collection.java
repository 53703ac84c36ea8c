package uk.co.welzo.klachten.standalone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The stock H2 collection, with a sorted query answered without sorting every matching document by the stock
 * comparator.
 * <p>
 * The stock server sorts a query's matches with a comparator that looks each sort field up again, splitting its path
 * anew, at every comparison: a page of the work queue (20 rows, soonest due first, three sort fields) at 100,000 open
 * complaints made about 1.7 million comparisons and ten million path lookups, and profiles put most of the in-process
 * server's time there. Here each match's sort values are read once, with the same lookup and compared with the same
 * value order as the stock comparator, and a query with a limit keeps only the first {@code skip + limit} matches in
 * a bounded heap instead of sorting them all. Matches that sort equal keep the order the stock sort gives them (the
 * order they were read in). Three reads use a unique index as MongoDB would: a lookup by a list of ids takes what the
 * index found as it is; a page sorted by a field with a unique index is read along that index until it is full; and a
 * count of a string range on such a field is answered from the index's B-tree. What the query answers is exactly
 * what the stock server answers.
 */
final class PagedSortH2Collection extends H2Collection {

    PagedSortH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    /**
     * A query sorted by one field, ascending, that a unique index holding every document keeps in that order (the work
     * queue's {@code queueOrder}): the documents are read in the index's order and the reading stops once
     * {@code skip + limit} of them match, as MongoDB reads such a query along its index. A range on that field starts
     * the reading at its lower bound and ends it past its upper one. The query is matched in full all the same, so
     * the answer is what the stock server answers.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Index<Object> lookup = exactLookup(query);
        if (lookup != null) {
            // what the index found is what matches: the stock server matches each document against the query again,
            // comparing its key with every value of the $in list (a million comparisons for a thousand ids)
            return matchDocuments(new Document(), lookup.getPositions(query), orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        KeyLookup keyed = keyLookup(query);
        if (keyed != null) {
            // MongoDB finds {_id: x, state: "SENDING"} by its _id index and matches the rest on what it found; the stock
            // server uses an index only when the query names nothing else, and otherwise reads every document
            return matchDocuments(query, keyed.index().getPositions(keyed.key()), orderBy, numberToSkip, limit,
                    batchSize, fieldSelector);
        }
        IndexRange range = limit > 0 ? IndexRange.sortedBy(this, orderBy, query) : null;
        if (range == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        long wanted = (long) Math.max(numberToSkip, 0) + limit;
        List<Document> matched = new ArrayList<>();
        Iterator<Object> positions = range.index.positionsFrom(range.from);
        while (matched.size() < wanted && positions.hasNext()) {
            Document document = getDocument(positions.next());
            if (document == null) {
                continue;
            }
            if (range.pastUpperBound(document.getOrMissing(range.field))) {
                break;
            }
            if (documentMatchesQuery(document, query)) {
                matched.add(document);
            }
        }
        return super.matchDocumentsFromStream(new Document(), matched.stream(), numberToSkip, limit, batchSize, null,
                fieldSelector);
    }

    /**
     * A count of a string range on the one field of a unique ascending index ({@code {queueOrder: {$lt: "0|…"}}},
     * the overdue complaints) is answered from the index's B-tree, which knows how many keys lie before any key,
     * without reading a document; any other count as the stock server counts.
     */
    @Override
    public int count(Document query, int skip, int limit) {
        Long counted = skip <= 0 && limit <= 0 ? IndexRange.count(this, query) : null;
        return counted != null ? Math.toIntExact(counted) : super.count(query, skip, limit);
    }

    /** A range of string keys of a unique index on one ascending field. */
    static final class IndexRange {

        private static final Set<String> BOUNDS = Set.of("$lt", "$lte", "$gt", "$gte");

        final OrderedIndexH2Backend.OrderedUniqueIndex index;
        final String field;
        final String from;
        final boolean fromIncluded;
        final String to;
        final boolean toIncluded;

        private IndexRange(OrderedIndexH2Backend.OrderedUniqueIndex index, String field, String from,
                           boolean fromIncluded, String to, boolean toIncluded) {
            this.index = index;
            this.field = field;
            this.from = from;
            this.fromIncluded = fromIncluded;
            this.to = to;
            this.toIncluded = toIncluded;
        }

        /**
         * The index a query sorted by this one field ascending can be read along, with the bounds the query sets on
         * the field, if it sets only string bounds there; null when there is no such index, or when the query sets no
         * bounds and some document is not in it (a sparse index: those would be missed).
         */
        static IndexRange sortedBy(PagedSortH2Collection collection, Document orderBy, Document query) {
            if (orderBy == null || orderBy.size() != 1) {
                return null;
            }
            String field = orderBy.keySet().iterator().next();
            if (!(orderBy.get(field) instanceof Number direction) || direction.intValue() <= 0) {
                return null;
            }
            OrderedIndexH2Backend.OrderedUniqueIndex index = collection.indexOn(field);
            if (index == null) {
                return null;
            }
            Object condition = query.get(field);
            if (condition == null) {
                return index.getCount() != collection.count() ? null
                        : new IndexRange(index, field, null, true, null, false);
            }
            // a string range matches no document without the field: a sparse index holds all it can match (the
            // outbox's claim orders, kept only while a letter may be claimed)
            return bounded(index, field, condition);
        }

        /** The count of a query that is nothing but a string range on an indexed field, or null. */
        static Long count(PagedSortH2Collection collection, Document query) {
            if (query == null || query.size() != 1) {
                return null;
            }
            String field = query.keySet().iterator().next();
            OrderedIndexH2Backend.OrderedUniqueIndex index = collection.indexOn(field);
            IndexRange range = index == null ? null : bounded(index, field, query.get(field));
            if (range == null) {
                return null;
            }
            // strings sort after null and numbers and before documents (MongoDB's order): the range stays among them
            long first = index.keysBefore(range.from) + (range.fromIncluded || !index.holds(range.from) ? 0 : 1);
            long end = range.to == null ? index.keysBefore(new de.bwaldvogel.mongo.bson.Document())
                    : index.keysBefore(range.to) + (range.toIncluded && index.holds(range.to) ? 1 : 0);
            return Math.max(0, end - first);
        }

        private static IndexRange bounded(OrderedIndexH2Backend.OrderedUniqueIndex index, String field,
                                          Object condition) {
            if (!(condition instanceof Document bounds) || bounds.isEmpty() || !BOUNDS.containsAll(bounds.keySet())
                    || !bounds.values().stream().allMatch(String.class::isInstance)) {
                return null;
            }
            String from = null;
            boolean fromIncluded = true;
            String to = null;
            boolean toIncluded = false;
            for (String operator : bounds.keySet()) {
                String value = (String) bounds.get(operator);
                switch (operator) {
                    case "$gt", "$gte" -> {
                        boolean included = operator.equals("$gte");
                        int order = from == null ? 1 : value.compareTo(from);
                        if (order > 0 || order == 0 && !included) {
                            from = value;
                            fromIncluded = included;
                        }
                    }
                    default -> {
                        boolean included = operator.equals("$lte");
                        int order = to == null ? -1 : value.compareTo(to);
                        if (order < 0 || order == 0 && !included) {
                            to = value;
                            toIncluded = included;
                        }
                    }
                }
            }
            // no lower bound: from the smallest string, as the range holds strings only
            return new IndexRange(index, field, from == null ? "" : from, from == null || fromIncluded, to, toIncluded);
        }

        /** Whether a key read along the index lies beyond the range's upper bound: nothing after it can match. */
        boolean pastUpperBound(Object key) {
            if (to == null || !(key instanceof String text)) {
                return false;
            }
            int order = text.compareTo(to);
            return order > 0 || order == 0 && !toIncluded;
        }
    }

    /**
     * The unique index on one field that finds exactly what {@code {field: {$in: [values]}}} matches, when the values
     * are plain (no null, document, list or pattern, which MongoDB matches otherwise than by key): the documents
     * whose key equals a value, each once. Null for any other query.
     */
    private Index<Object> exactLookup(Document query) {
        if (query == null || query.size() != 1) {
            return null;
        }
        String field = query.keySet().iterator().next();
        if (!(query.get(field) instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof java.util.Collection<?> values)
                || !values.stream().allMatch(PagedSortH2Collection::plain)) {
            return null;
        }
        for (Index<Object> index : getIndexes()) {
            if (index instanceof de.bwaldvogel.mongo.backend.AbstractUniqueIndex<Object> unique
                    && unique.getKeys().size() == 1 && unique.getKeys().get(0).getKey().equals(field)
                    && unique.canHandle(query)) {
                return unique;
            }
        }
        return null;
    }

    /** A unique index and the part of a query it can look up on its own. */
    private record KeyLookup(Index<Object> index, Document key) {
    }

    /**
     * For a query of several fields, one of which a unique index on that field alone can look up (a plain value, or
     * {@code $in} a list of them): that index, and the query's condition on the field. Every document the query
     * matches is among those the index finds, so the rest of the query is matched on them alone. Null otherwise.
     */
    private KeyLookup keyLookup(Document query) {
        if (query == null || query.size() < 2) {
            return null;
        }
        for (Index<Object> index : getIndexes()) {
            if (index instanceof de.bwaldvogel.mongo.backend.AbstractUniqueIndex<Object> unique
                    && unique.getKeys().size() == 1) {
                String field = unique.getKeys().get(0).getKey();
                Object condition = query.get(field);
                boolean lookedUp = plain(condition) || condition instanceof Document in && in.size() == 1
                        && in.get("$in") instanceof java.util.Collection<?> values
                        && values.stream().allMatch(PagedSortH2Collection::plain);
                Document key = new Document(field, condition);
                if (lookedUp && unique.canHandle(key)) {
                    return new KeyLookup(unique, key);
                }
            }
        }
        return null;
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.util.Date || value instanceof java.time.Instant
                || value instanceof de.bwaldvogel.mongo.bson.ObjectId || value instanceof java.util.UUID;
    }

    /** This collection's unique index on this one field, ascending, if it has one. */
    OrderedIndexH2Backend.OrderedUniqueIndex indexOn(String field) {
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndexH2Backend.OrderedUniqueIndex ordered
                    && field.equals(ordered.onlyAscendingField())) {
                return ordered;
            }
        }
        return null;
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
                                                   int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        if (deriveComparator(orderBy) == null) {
            return super.matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        SortOrder order = SortOrder.of(orderBy);
        Stream<Document> matching = documents.filter(document -> documentMatchesQuery(document, query));
        List<Document> sorted = limit > 0
                ? order.first(matching, (long) Math.max(numberToSkip, 0) + limit)
                : order.all(matching);
        // matched and in order: the stock code skips, limits, projects and opens the cursor
        return super.matchDocumentsFromStream(new Document(), sorted.stream(), numberToSkip, limit, batchSize, null,
                fieldSelector);
    }

    /** A query's sort: its fields in order, each ascending or descending in MongoDB's value order. */
    record SortOrder(List<String> fields, boolean[] topLevel, List<Comparator<Object>> directions) {

        static SortOrder of(Document orderBy) {
            List<String> fields = new ArrayList<>();
            boolean[] topLevel = new boolean[orderBy.size()];
            List<Comparator<Object>> directions = new ArrayList<>();
            for (String field : orderBy.keySet()) {
                // a field of the document itself: the stock lookup comes to getOrMissing, after splitting the path
                topLevel[fields.size()] = !field.contains(".") && !field.equals("$");
                fields.add(field);
                // as the stock DocumentComparator reads the direction
                directions.add(((Number) orderBy.get(field)).intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc());
            }
            return new SortOrder(List.copyOf(fields), topLevel, List.copyOf(directions));
        }

        /** All documents, sorted. */
        List<Document> all(Stream<Document> documents) {
            List<Keyed> keyed = new ArrayList<>();
            documents.forEachOrdered(document -> keyed.add(keyed(document, keyed.size())));
            keyed.sort(this::compare);
            return keyed.stream().map(Keyed::document).toList();
        }

        /** The first {@code count} documents in sort order, sorted. */
        List<Document> first(Stream<Document> documents, long count) {
            if (count > Integer.MAX_VALUE - 8) {
                return all(documents);
            }
            int wanted = (int) count;
            // the greatest of those kept on top, to be pushed out by anything that sorts before it
            PriorityQueue<Keyed> kept = new PriorityQueue<>(Math.min(wanted, 1_024) + 1, (a, b) -> compare(b, a));
            long[] read = {0};
            documents.forEachOrdered(document -> {
                Keyed next = keyed(document, read[0]++);
                if (kept.size() < wanted) {
                    kept.add(next);
                } else if (compare(next, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(next);
                }
            });
            List<Keyed> sorted = new ArrayList<>(kept);
            sorted.sort(this::compare);
            return sorted.stream().map(Keyed::document).toList();
        }

        private Keyed keyed(Document document, long position) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = topLevel[i]
                        ? document.getOrMissing(fields.get(i))
                        : Utils.getSubdocumentValueCollectionAware(document, fields.get(i));
            }
            return new Keyed(values, position, document);
        }

        private int compare(Keyed a, Keyed b) {
            for (int i = 0; i < a.values().length; i++) {
                int order = directions.get(i).compare(a.values()[i], b.values()[i]);
                if (order != 0) {
                    return order;
                }
            }
            return Long.compare(a.position(), b.position());
        }
    }

    /** A document with its sort values, read once, and its place in the order it was read. */
    private record Keyed(Object[] values, long position, Document document) {
    }
}
