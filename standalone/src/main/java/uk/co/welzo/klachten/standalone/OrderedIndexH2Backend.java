package uk.co.welzo.klachten.standalone;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, with unique indexes (the {@code _id} index above all) whose keys H2 compares by
 * value instead of by their Java-serialized bytes.
 * <p>
 * The stock backend keeps an index in an H2 map with H2's generic key type. mongo-java-server's index key is not
 * {@link Comparable}, so H2 orders it by serializing both keys at every comparison of the B-tree search: a new
 * {@code ObjectOutputStream} per comparison, about ten per lookup. Profiles of the read-model rebuild put that at
 * 18 % of all CPU, more than half the in-process server's share. This backend keeps each unique index in a map of its
 * own whose key type compares keys with mongo-java-server's own value order (the order MongoDB sorts in), and
 * serializes them only when H2 writes a page. Documents and index keys are stored as BSON ({@link BsonValueType}), not
 * in Java serialization; what was stored the old way is still read.
 * <p>
 * A data directory written by the stock backend carries its indexes in maps ordered the old way. They are copied into
 * the new maps the first time a collection is opened (walking the old map in its own order needs no comparison) and
 * then removed, so the upgrade needs no rebuild of the read models.
 * <p>
 * A write to a collection that no event rebuilds (the access log, the dead letters, later the outbox:
 * {@code klachten.embedded-mongo.durable-collections}) is answered only once it is on disk, as a MongoDB
 * write with journaling is: an entry acknowledged must survive a killed process and a power cut. The stock backend
 * leaves writes in memory for H2's background writer, which stores them up to a second later and never calls fsync.
 * Here such a reply waits until the store is written and forced to the disk, and concurrent writers share one commit
 * and one fsync ({@link GroupSync#forcing}). The background writer stays on, because it also compacts the file, which
 * in-place updates would otherwise keep growing.
 * <p>
 * The read models, the SLA alarms (an alarm sent again after a crash is one the aggregate ignores) and the tracking
 * tokens are left to the background writer: an event replays them, and a fsync
 * after every batch of every processor cost a rebuild about a fifth more CPU and far more time. A token must never
 * reach the file before the read-model writes it covers, or a killed process leaves a read model that lacks a
 * complaint its token says it has, for ever. The background writer stores each map's changes as it finds them, map
 * after map, so one store may catch a processor's token and miss the document it wrote just before (a case view
 * missing after a kill, once in a few hundred kills). So a write to the tokens ({@value #TOKENS}) first commits the
 * store, without a fsync: everything written before the token is then in the file before it (a killed process loses
 * nothing the operating system already has). A read model may be ahead of its token, and its processor then applies
 * a few events again, which every projection tolerates. A sync for a durable write makes everything written before
 * it durable too.
 */
class OrderedIndexH2Backend extends H2Backend {

    /** The commands that change data; {@code aggregate} does only with an {@code $out} or {@code $merge} stage. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    /** Axon's tracking tokens (its {@code DefaultMongoTemplate}'s collection). */
    static final String TOKENS = "trackingtokens";

    private final GroupSync durable = GroupSync.forcing(this::getMvStore);
    private final Set<String> durableCollections;

    /**
     * @param cacheMegabytes     how much of the store H2 keeps in memory, as read objects (H2's default is 16)
     * @param durableCollections the collections whose writes are on disk before they are answered
     */
    OrderedIndexH2Backend(String file, int cacheMegabytes, Set<String> durableCollections) {
        super(new MVStore.Builder().fileName(file).cacheSize(cacheMegabytes).open());
        this.durableCollections = Set.copyOf(durableCollections);
    }

    /** Every command the driver sends arrives here (OP_MSG); its name is the document's first key. */
    @Override
    public Document handleMessage(MongoMessage message) {
        if (writesTo(message.getDocument(), TOKENS)) {
            getMvStore().commit(); // what the token covers is in the file before the token can be
        }
        try {
            return super.handleMessage(message);
        } finally {
            // a failed command may have written part of its documents, and its reply says which
            if (writesDurably(message.getDocument())) {
                durable.awaitDurable();
            }
        }
    }

    private boolean writesDurably(Document query) {
        String command = query.keySet().iterator().next();
        return writes(command.toLowerCase(Locale.ROOT), query) && query.get(command) instanceof String collection
                && durableCollections.contains(collection);
    }

    private static boolean writesTo(Document query, String collection) {
        String command = query.keySet().iterator().next();
        return writes(command.toLowerCase(Locale.ROOT), query) && collection.equals(query.get(command));
    }

    private static boolean writes(String name, Document query) {
        if (name.equals("aggregate") && query.get("pipeline") instanceof List<?> stages) {
            return stages.stream().anyMatch(stage -> stage instanceof Document document
                    && (document.containsKey("$out") || document.containsKey("$merge")));
        }
        return WRITES.contains(name);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new OrderedIndexDatabase(databaseName, getCursorRegistry());
    }

    /**
     * The stock database, but unique indexes live in maps ordered by value. An inner class: the stock constructor
     * opens the indexes before a field of this class could be assigned, so the store is the backend's.
     */
    final class OrderedIndexDatabase extends H2Database {

        private static final Logger log = LoggerFactory.getLogger(OrderedIndexH2Backend.class);

        OrderedIndexDatabase(String databaseName, CursorRegistry cursors) {
            super(databaseName, getMvStore(), cursors);
        }

        /**
         * The stock collection with its sorted queries answered by {@link PagedSortH2Collection}, over the same maps
         * the stock database opens (named as it names them), so nothing stored changes.
         */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(new BsonValueType()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new PagedSortH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(orderedMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new ValueOrderedKeys()));
            migrateStockIndex(stockMapName(collectionName, indexName), map);
            return new OrderedUniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = orderedMapName(collection.getCollectionName(), indexName);
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        /** Copies an index the stock backend wrote into its value-ordered map, and removes the old map. */
        private void migrateStockIndex(String stockName, MVMap<KeyValue, Object> ordered) {
            if (!getMvStore().hasMap(stockName)) {
                return;
            }
            // all of it every time the old map is still there: a copy cut short by a crash is simply done again
            MVMap<Object, Object> stock = getMvStore().openMap(stockName);
            for (Map.Entry<Object, Object> entry : stock.entrySet()) {
                ordered.put((KeyValue) entry.getKey(), entry.getValue());
            }
            getMvStore().removeMap(stock);
            log.info("Moved {} keys of index map '{}' to its value-ordered map", ordered.sizeAsLong(), stockName);
        }

        /** The name the stock backend gives an index's map (still removed by the stock {@code dropIndex}). */
        private String stockMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }

        /** Under the collection's namespace, so dropping the database removes it with the rest. */
        private String orderedMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._ordered_index_" + indexName;
        }
    }

    /** A unique index over a value-ordered H2 map; the same operations as the stock one. */
    static final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }

        /** The indexed field, if this index has one field only and keeps it ascending; else null. */
        String onlyAscendingField() {
            List<IndexKey> keys = getKeys();
            return keys.size() == 1 && keys.get(0).isAscending() ? keys.get(0).getKey() : null;
        }

        /** The documents' positions in the order of their keys, from the first key at or after {@code from} (null: all). */
        Iterator<Object> positionsFrom(Object from) {
            Cursor<KeyValue, Object> cursor = map.cursor(from == null ? null : new KeyValue(from));
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Object next() {
                    cursor.next();
                    return cursor.getValue();
                }
            };
        }

        /** How many keys sort before this one value (H2 counts it from the B-tree's pages, without reading keys). */
        long keysBefore(Object value) {
            long index = map.getKeyIndex(new KeyValue(value));
            return index >= 0 ? index : -(index + 1);
        }

        boolean holds(Object value) {
            return map.containsKey(new KeyValue(value));
        }
    }

    /**
     * Index keys stored as BSON ({@link BsonValueType}), compared element by element in MongoDB's value order, so equal values
     * of different numeric types are one key, as in a MongoDB unique index.
     */
    static final class ValueOrderedKeys extends BsonValueType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            KeyValue left = (KeyValue) a;
            KeyValue right = (KeyValue) b;
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int order = VALUES.compare(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
    }
}
