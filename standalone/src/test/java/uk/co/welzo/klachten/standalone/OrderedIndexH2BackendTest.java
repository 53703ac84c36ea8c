package uk.co.welzo.klachten.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded read-model server with value-ordered unique indexes, through the real driver: lookups, uniqueness and
 * restarts behave as before, a data directory written by the stock H2 backend carries on without a rebuild, and a
 * sorted query answers what the stock server answers.
 */
class OrderedIndexH2BackendTest {

    private static final int CACHE_MB = 16;
    /** The collection these tests write is declared durable: each answered write must be in the file. */
    private static final Set<String> DURABLE = Set.of("cases");

    @TempDir
    Path dataDir;

    @Test
    void findsUpdatesAndDeletesByIdAcrossARestart() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add("complaint-" + Integer.toString(i * 7919 % 2_003, 36) + "-" + i);
        }
        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            // one command: each write command waits for its fsync
            collection.insertMany(ids.stream().map(id -> new Document("_id", id).append("n", 1)).toList());
            collection.replaceOne(Filters.eq("_id", ids.get(5)), new Document("_id", ids.get(5)).append("n", 2));
            collection.deleteOne(Filters.eq("_id", ids.get(6)));
        });

        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            assertThat(collection.countDocuments()).isEqualTo(1_999);
            for (String id : ids.subList(0, 5)) {
                assertThat(collection.find(Filters.eq("_id", id)).first()).containsEntry("n", 1);
            }
            assertThat(collection.find(Filters.eq("_id", ids.get(5))).first()).containsEntry("n", 2);
            assertThat(collection.find(Filters.eq("_id", ids.get(6))).first()).isNull();
            assertThat(collection.find(Filters.in("_id", ids.subList(100, 150))).into(new ArrayList<>())).hasSize(50);
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", ids.get(7))))).isTrue();
        });
    }

    @Test
    void treatsEqualNumbersOfDifferentTypesAsOneKeyAsMongoDbDoes() {
        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            collection.insertOne(new Document("_id", 1));
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", 1L)))).isTrue();
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", 1.0)))).isTrue();
            assertThat(collection.find(Filters.eq("_id", 1L)).first()).isNotNull();
            collection.insertOne(new Document("_id", "1"));
            assertThat(collection.countDocuments()).isEqualTo(2);
        });
    }

    @Test
    void carriesOnWithADataDirectoryWrittenByTheStockBackend() {
        with(new H2Backend(file()), collection -> {
            collection.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                collection.insertOne(new Document("_id", "case-" + i).append("reference", "KL-" + i));
            }
        });

        OrderedIndexH2Backend upgraded = new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE);
        with(upgraded, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(500);
            assertThat(collection.find(Filters.eq("_id", "case-321")).first()).containsEntry("reference", "KL-321");
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", "case-1")))).isTrue();
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", "new").append("reference", "KL-2"))))
                    .isTrue();
            collection.insertOne(new Document("_id", "case-500").append("reference", "KL-500"));
            assertThat(upgraded.getMvStore().getMapNames())
                    .noneMatch(name -> name.contains("._index_"))
                    .anyMatch(name -> name.endsWith("._ordered_index__id_"))
                    .anyMatch(name -> name.endsWith("._ordered_index_reference_1"));
        });

        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            assertThat(collection.countDocuments()).isEqualTo(501);
            assertThat(collection.find(Filters.eq("_id", "case-500")).first()).isNotNull();
            assertThat(duplicateKey(() -> collection.insertOne(new Document("_id", "x").append("reference", "KL-500"))))
                    .isTrue();
        });
    }

    @Test
    void storesDocumentsAsBsonAndGivesBackEveryValueAsStoredAcrossARestart() {
        Document rich = new Document("_id", "case-1")
                .append("int", 7).append("long", 1L << 40).append("double", 2.5).append("bool", true)
                .append("nothing", null).append("text", "Zoë – “quoted” ✓")
                .append("date", new Date(1_765_000_000_123L))
                .append("decimal", new org.bson.types.Decimal128(new java.math.BigDecimal("12.30")))
                .append("objectId", new org.bson.types.ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("binary", new org.bson.types.Binary(new byte[] {1, 2, 3}))
                .append("list", List.of(1, "two", new Document("three", 3), List.of()))
                .append("nested", new Document("deeper", new Document("deepest", List.of(1L, 2L))));
        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            collection.insertOne(rich);
            collection.updateOne(Filters.eq("_id", "case-1"), Updates.inc("int", 1));
        });

        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            Document expected = new Document(rich).append("int", 8);
            assertThat(collection.find(Filters.eq("_id", "case-1")).first()).isEqualTo(expected);
        });
        try (org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().fileName(file()).readOnly().open()) {
            String map = store.getMapNames().stream().filter(name -> name.startsWith("databases.")).findFirst()
                    .orElseThrow();
            org.h2.mvstore.MVMap<Object, Object> raw = store.openMap(map, new org.h2.mvstore.MVMap.Builder<>()
                    .valueType(new RawValue()));
            assertThat(raw.values()).singleElement()
                    .satisfies(bytes -> assertThat(((byte[]) bytes)[0]).as("BSON's tag").isEqualTo(BsonValueType.DOCUMENT));
        }
    }

    @Test
    void readsDocumentsTheStockBackendSerializedAndStoresThemAsBsonOnceWrittenAgain() {
        with(new H2Backend(file()), collection -> {
            for (int i = 0; i < 300; i++) {
                collection.insertOne(new Document("_id", "case-" + i).append("n", i)
                        .append("at", new Date(1_765_000_000_000L + i)).append("tags", List.of("a", "b")));
            }
        });

        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            assertThat(collection.find(Filters.eq("_id", "case-42")).first())
                    .containsEntry("n", 42).containsEntry("at", new Date(1_765_000_000_042L))
                    .containsEntry("tags", List.of("a", "b"));
            collection.updateOne(Filters.eq("_id", "case-42"), Updates.set("n", -42));
        });

        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            assertThat(collection.countDocuments()).isEqualTo(300);
            assertThat(collection.find(Filters.eq("_id", "case-42")).first()).containsEntry("n", -42);
            assertThat(collection.find(Filters.eq("_id", "case-299")).first()).containsEntry("n", 299);
        });
    }

    /** A value as the bytes H2 stored, to see which format a document is in. */
    private static final class RawValue extends org.h2.mvstore.type.BasicDataType<Object> {
        @Override
        public int getMemory(Object obj) {
            return 64;
        }

        @Override
        public void write(org.h2.mvstore.WriteBuffer buff, Object obj) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Object read(java.nio.ByteBuffer buff) {
            // a BSON document's own length follows its tag and the length H2 needs to skip it
            int start = buff.position();
            byte tag = buff.get();
            if (tag != BsonValueType.DOCUMENT) {
                buff.position(start);
                new org.h2.mvstore.type.ObjectDataType().read(buff);
                return new byte[] {tag};
            }
            int length = org.h2.mvstore.DataUtils.readVarInt(buff);
            buff.position(buff.position() + length);
            return new byte[] {tag};
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    @Test
    void answersSortedPagesExactlyAsTheStockServerDoes() {
        List<Document> documents = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            Document document = new Document("_id", "c-" + random.nextInt(1_000_000) + "-" + i)
                    .append("running", random.nextInt(4) != 0)
                    .append("open", random.nextBoolean());
            switch (random.nextInt(6)) { // the sort value of every kind the read models hold, and none
                case 0 -> { }
                case 1 -> document.append("due", null);
                case 2 -> document.append("due", new Date(1_700_000_000_000L + random.nextInt(50) * 86_400_000L));
                case 3 -> document.append("due", random.nextInt(50));
                case 4 -> document.append("due", "text-" + random.nextInt(50));
                default -> document.append("due", List.of(random.nextInt(50), random.nextInt(50)));
            }
            document.append("nested", new Document("rank", random.nextInt(10)));
            documents.add(document);
        }
        List<Document> sorts = List.of(
                new Document("running", -1).append("due", 1).append("_id", 1),
                new Document("due", -1),
                new Document("nested.rank", 1).append("due", -1),
                new Document("open", 1));
        List<Bson> filters = List.of(new Document(), Filters.eq("open", true), Filters.exists("due"));
        List<int[]> pages = List.of(new int[] {0, 20}, new int[] {40, 20}, new int[] {2_990, 20}, new int[] {0, 0},
                new int[] {7, 0}, new int[] {0, 5_000});

        Function<H2Backend, List<List<Object>>> answers = backend -> {
            List<List<Object>> pagesRead = new ArrayList<>();
            with(backend, collection -> {
                collection.insertMany(documents.stream().map(Document::new).toList());
                for (Document sort : sorts) {
                    for (Bson filter : filters) {
                        for (int[] page : pages) {
                            pagesRead.add(collection.find(filter).sort(sort).skip(page[0]).limit(page[1])
                                    .projection(Projections.include("_id")).map(found -> found.get("_id"))
                                    .into(new ArrayList<>()));
                        }
                    }
                }
            });
            return pagesRead;
        };

        List<List<Object>> stock = answers.apply(new H2Backend(dataDir.resolve("stock.mv").toString()));
        List<List<Object>> paged = answers.apply(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE));
        assertThat(paged).isEqualTo(stock);
        assertThat(stock.get(0)).hasSize(20);
        assertThat(stock.get(3)).hasSize(3_000); // the driver reads a page without a limit to its end
    }

    @Test
    @DisplayName("#19: pages sorted along a unique index, read until they are full, and string ranges counted from the"
            + " index answer exactly as the stock server does, after updates and deletes, and with a sparse index")
    void answersPagesAlongAUniqueIndexAndCountsItsRangesAsTheStockServerDoes() {
        Random random = new Random(19);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            documents.add(new Document("_id", "c-" + i).append("order", order(random, i))
                    .append("open", random.nextInt(5) != 0));
        }
        List<String> bounds = List.of("", "0|", "0|0000000000000001500", "0|0000000000000003000|c-7", "1|", "1|c-5",
                "2");
        List<Bson> filters = new ArrayList<>(List.of(new Document(), Filters.eq("open", false)));
        List<Document> ranges = new ArrayList<>();
        for (String low : bounds) {
            ranges.add(new Document("order", new Document("$lt", low)));
            ranges.add(new Document("order", new Document("$gte", low)));
            ranges.add(new Document("order", new Document("$lte", low)));
            for (String high : bounds) {
                ranges.add(new Document("order", new Document("$gt", low).append("$lt", high)));
                ranges.add(new Document("order", new Document("$gte", low).append("$lte", high)));
            }
        }
        filters.addAll(ranges);
        filters.add(Filters.and(Filters.lt("order", "0|0000000000000002000"), Filters.eq("open", true)));
        // a range and more, as one document: the outbox's claim, read along a sparse index too
        filters.add(new Document("order", new Document("$lt", "0|0000000000000002000")).append("open", true));
        filters.add(new Document("order", new Document("$gte", "0|").append("$lt", "1|")).append("open", false));
        List<int[]> pages = List.of(new int[] {0, 20}, new int[] {40, 20}, new int[] {1_990, 20}, new int[] {0, 1});

        for (boolean sparse : List.of(false, true)) {
            Function<H2Backend, List<Object>> answers = backend -> {
                List<Object> read = new ArrayList<>();
                withDatabase(backend, database -> {
                    MongoCollection<Document> collection = database.getCollection("work_queue");
                    collection.createIndex(Indexes.ascending("order"), new IndexOptions().unique(true).sparse(sparse));
                    collection.insertMany(documents.stream().map(Document::new).toList());
                    // moved, removed and (sparse only) without an order: the index follows every change
                    for (int i = 0; i < 200; i++) {
                        collection.updateOne(Filters.eq("_id", "c-" + (i * 7)),
                                sparse && i % 10 == 0 ? Updates.unset("order")
                                        : Updates.set("order", order(new Random(i), 10_000 + i)));
                        collection.deleteOne(Filters.eq("_id", "c-" + (i * 9 + 1)));
                    }
                    for (Bson filter : filters) {
                        for (int[] page : pages) {
                            read.add(collection.find(filter).sort(Sorts.ascending("order")).skip(page[0])
                                    .limit(page[1]).projection(Projections.include("_id"))
                                    .map(found -> found.get("_id")).into(new ArrayList<>()));
                        }
                    }
                    for (Document range : ranges) {
                        read.add(range + " counts " + database.runCommand(new Document("count", "work_queue")
                                .append("query", range)).get("n"));
                    }
                });
                return read;
            };
            List<Object> stock = answers.apply(new H2Backend(dataDir.resolve("stock-" + sparse + ".mv").toString()));
            List<Object> walked = answers.apply(new OrderedIndexH2Backend(dataDir.resolve("walked-" + sparse + ".mv")
                    .toString(), CACHE_MB, DURABLE));
            assertThat(walked).as("sparse: %s", sparse).isEqualTo(stock);
            assertThat(stock.get(0)).as("a first page").asList().hasSize(20);
        }
    }

    @Test
    @DisplayName("#18: documents found by a list of ids answer exactly as the stock server's, without matching each"
            + " against every id again")
    void findsByAListOfIdsAsTheStockServerDoes() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            documents.add(new Document("_id", i % 3 == 0 ? (Object) i : "d-" + i).append("rank", i % 17)
                    .append("unique", "u-" + i));
        }
        Random random = new Random(18);
        List<List<Object>> lists = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<Object> ids = new ArrayList<>();
            for (int j = random.nextInt(1_200); j > 0; j--) {
                int n = random.nextInt(1_700); // some missing
                ids.add(n % 3 == 0 ? (random.nextBoolean() ? (Object) n : (Object) (long) n) : "d-" + n);
            }
            lists.add(ids);
        }
        Function<H2Backend, List<Object>> answers = backend -> {
            List<Object> read = new ArrayList<>();
            with(backend, collection -> {
                collection.createIndex(Indexes.ascending("unique"), new IndexOptions().unique(true));
                collection.insertMany(documents.stream().map(Document::new).toList());
                for (List<Object> ids : lists) {
                    read.add(collection.find(Filters.in("_id", ids)).into(new ArrayList<>()));
                    read.add(collection.find(Filters.in("_id", ids)).sort(Sorts.descending("rank")).skip(3).limit(40)
                            .projection(Projections.include("rank")).into(new ArrayList<>()));
                    read.add(collection.find(Filters.in("unique", ids.stream().map(id -> "u-" + id).toList()))
                            .into(new ArrayList<>()));
                }
            });
            return read;
        };
        List<Object> stock = answers.apply(new H2Backend(dataDir.resolve("stock-in.mv").toString()));
        List<Object> found = answers.apply(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE));
        assertThat(found).isEqualTo(stock);
        assertThat(stock.get(0)).as("found by id").asList().isNotEmpty();
    }

    @Test
    @DisplayName("#19: a query naming a uniquely indexed field and more ({_id: x, state: y}: the outbox's leased"
            + " updates) reads, updates, counts and deletes exactly as the stock server does, from the index")
    void answersQueriesOfAKeyAndMoreAsTheStockServerDoes() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            documents.add(new Document("_id", i % 3 == 0 ? (Object) i : "d-" + i).append("state", "S" + i % 4)
                    .append("rank", i % 17).append("unique", "u-" + i));
        }
        Random random = new Random(1919);
        List<Bson> filters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = random.nextInt(1_300); // some missing
            Object id = n % 3 == 0 ? (random.nextBoolean() ? (Object) n : (Object) (long) n) : "d-" + n;
            filters.add(Filters.and(Filters.eq("_id", id), Filters.eq("state", "S" + random.nextInt(4))));
            filters.add(Filters.and(Filters.eq("unique", "u-" + n), Filters.gte("rank", random.nextInt(17))));
            filters.add(Filters.and(Filters.in("_id", List.of(id, "d-" + (n + 1), "d-" + (n + 2))),
                    Filters.ne("state", "S0")));
            filters.add(Filters.and(Filters.eq("_id", new Document("$gte", "d-" + n)), Filters.eq("rank", 3)));
        }
        Function<H2Backend, List<Object>> answers = backend -> {
            List<Object> read = new ArrayList<>();
            with(backend, collection -> {
                collection.createIndex(Indexes.ascending("unique"), new IndexOptions().unique(true));
                collection.insertMany(documents.stream().map(Document::new).toList());
                for (int i = 0; i < filters.size(); i++) {
                    Bson filter = filters.get(i);
                    read.add(collection.find(filter).into(new ArrayList<>()));
                    read.add(collection.find(filter).sort(Sorts.descending("rank")).limit(2).into(new ArrayList<>()));
                    read.add(collection.countDocuments(filter));
                    read.add(collection.updateOne(filter, Updates.set("state", "S9")).getModifiedCount());
                    read.add(collection.findOneAndUpdate(filter, Updates.inc("rank", 1)));
                    if (i % 5 == 0) {
                        read.add(collection.deleteOne(filter).getDeletedCount());
                    }
                }
                read.add(collection.find().sort(Sorts.ascending("unique")).into(new ArrayList<>()));
            });
            return read;
        };
        List<Object> stock = answers.apply(new H2Backend(dataDir.resolve("stock-keyed.mv").toString()));
        List<Object> found = answers.apply(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE));
        assertThat(found).isEqualTo(stock);
        assertThat(stock.stream().filter(Long.class::isInstance).mapToLong(Long.class::cast).sum())
                .as("some filters match, so the comparison is not of empty answers").isPositive();
    }

    @Test
    @DisplayName("#19: a document read, never written since start-up, counts against the cache by what it takes on the heap")
    void countsAReadDocumentByWhatItTakesOnTheHeap() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "c-1");
        List<de.bwaldvogel.mongo.bson.Document> timeline = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            timeline.add(new de.bwaldvogel.mongo.bson.Document("type", "NoteAdded").append("at", new Date())
                    .append("summary", "Called the customer back about the parcel " + i));
        }
        document.append("timeline", timeline).append("reference", "Q0G-3N9-1TP");
        BsonValueType fresh = new BsonValueType();

        long estimate = fresh.getMemory(document);
        org.h2.mvstore.WriteBuffer written = new org.h2.mvstore.WriteBuffer();
        new BsonValueType().write(written, document);
        assertThat(estimate).as("more than its BSON bytes (%d), which the running average started at 256 for",
                written.position()).isGreaterThan(2L * written.position());
        assertThat(estimate).as("of the order of what 40 maps of three entries and their strings take")
                .isBetween(10_000L, 40_000L);
    }

    /** As the work queue orders: a running deadline's due time in zero-padded milliseconds, or none, then the id. */
    private static String order(Random random, int i) {
        return random.nextInt(5) == 0 ? "1|c-" + i
                : "0|" + String.format("%019d", random.nextInt(4_000)) + "|c-" + i;
    }

    private static void withDatabase(H2Backend backend, Consumer<com.mongodb.client.MongoDatabase> work) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            work.accept(client.getDatabase("klachten"));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void droppingACollectionOrAnIndexRemovesItsMaps() {
        OrderedIndexH2Backend backend = new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE);
        with(backend, collection -> {
            collection.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            collection.insertOne(new Document("_id", "a").append("reference", "KL-1"));
            collection.dropIndex("reference_1");
            collection.insertOne(new Document("_id", "b").append("reference", "KL-1"));
            collection.drop();
            collection.insertOne(new Document("_id", "a"));
            assertThat(collection.countDocuments()).isEqualTo(1);
            assertThat(backend.getMvStore().getMapNames()).noneMatch(name -> name.contains("reference"));
        });
    }

    @Test
    void hasEveryAnsweredWriteInItsFileBeforeReplying() {
        Path leftByACrash = dataDir.resolve("killed.mv");
        with(new OrderedIndexH2Backend(file(), CACHE_MB, DURABLE), collection -> {
            collection.insertOne(new Document("_id", "entry-1"));
            collection.updateOne(Filters.eq("_id", "entry-1"), Updates.set("n", 2));
            copy(file(), leftByACrash); // the file as a process killed right after the replies leaves it
        });

        with(new OrderedIndexH2Backend(leftByACrash.toString(), CACHE_MB, DURABLE), collection ->
                assertThat(collection.find(Filters.eq("_id", "entry-1")).first()).containsEntry("n", 2));
    }

    private static void copy(String file, Path to) {
        try {
            Files.copy(Path.of(file), to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String file() {
        return dataDir.resolve("readmodels.mv").toString();
    }

    private static void with(H2Backend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            work.accept(client.getDatabase("klachten").getCollection("cases"));
        } finally {
            server.shutdown();
        }
    }

    private static boolean duplicateKey(Runnable write) {
        try {
            write.run();
            return false;
        } catch (MongoWriteException e) {
            return ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
        }
    }
}
