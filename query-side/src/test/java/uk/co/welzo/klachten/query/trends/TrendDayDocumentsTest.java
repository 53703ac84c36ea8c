package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.query.ErasureReplay;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/** The counts the trend projection keeps per London day (#18): what they hold, and that replays leave them the same. */
@ExtendWith(MongoTestServer.class)
class TrendDayDocumentsTest {

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new TrendProjection(mongo));
        projection.prepareReset();
    }

    @Test
    @DisplayName("#18: a complaint counts on its London day, with its hours to acknowledge and to resolve; a later"
            + " category, root cause and outcome move its counts")
    void laterValuesMoveTheCounts() throws Exception {
        OneBatch.deliverOneByOne(projection, events(TrendProjectionTest.escalatedAndResolvedTwice()));

        assertThat(counts()).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("COMPLAINTS|2026-03-02 count", 1L),
                Map.entry("COMPLAINTS|2026-03-02 resolvedAtStageOne", 1L),
                Map.entry("COMPLAINTS|2026-03-02 escalated", 1L),
                Map.entry("CATEGORY|2026-03-02 counts.PRODUCT_DEFECT.PRODUCT_DEFECT", 1L),
                Map.entry("CHANNEL|2026-03-02 counts.EMAIL.EMAIL", 1L),
                Map.entry("PRODUCT|2026-03-02 counts.blood-pressure monitor.Blood-Pressure Monitor", 1L),
                Map.entry("DEPARTMENT|2026-03-02 counts.WAREHOUSE_MANAGEMENT.WAREHOUSE_MANAGEMENT", 1L),
                Map.entry("DEPARTMENT|2026-03-02 counts.EXTERNAL_SUPPLIER.EXTERNAL_SUPPLIER", 1L),
                Map.entry("ROOT_CAUSE|2026-03-02 counts.supplier defect.Supplier Defect", 1L),
                Map.entry("OUTCOME|2026-03-02 counts.UPHELD.UPHELD", 1L),
                Map.entry("HOURS|2026-03-02 acknowledge.PRODUCT_DEFECT.21600000", 1L), // 6 hours, in milliseconds
                Map.entry("HOURS|2026-03-02 resolve.PRODUCT_DEFECT.196200000", 1L), // 54.5 hours, to stage 1
                Map.entry("RECEIVED|2026-03-02 complaints", List.of("trend-1")))));
    }

    @Test
    @DisplayName("#18: the same events twice, one at a time or in one batch, leave the same counts")
    void sameEventsTwiceCountOnce() throws Exception {
        List<EventMessage<?>> events = randomEvents(new Random(7));
        OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection, events, TrendDayDocumentsTest::counts);

        OneBatch.deliverOneByOne(projection, events);
        Map<String, Object> once = counts();
        OneBatch.deliverOneByOne(projection, events);
        assertThat(counts()).isEqualTo(once);
    }

    @Test
    @DisplayName("#18: a reset empties the counts and a replay, in other batches, rebuilds the same")
    void replayRebuildsTheSameCounts() throws Exception {
        Random random = new Random(8);
        List<EventMessage<?>> events = randomEvents(random);
        OneBatch.deliverOneByOne(projection, events);
        Map<String, Object> live = counts();

        projection.prepareReset();
        assertThat(mongo.getCollection(TrendDayDocument.COLLECTION).countDocuments()).isZero();
        for (int start = 0; start < events.size(); ) {
            int end = Math.min(events.size(), start + 1 + random.nextInt(100));
            OneBatch.deliver(mongo, projection, events.subList(start, end));
            start = end;
        }

        assertThat(counts()).isEqualTo(live);
    }

    @Test
    @DisplayName("R8.2, #18: the counts are unchanged by PersonalDataErased, live or after a replay with erased texts")
    void erasureChangesNoCount() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("trend-1", TrendProjectionTest.escalatedAndResolvedTwice().events);
        histories.put("trend-2", TrendProjectionTest.acknowledgedLetterWithoutProduct().events);
        ErasureReplay.Outcome outcome = ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "trend-1",
                TrendDayDocumentsTest::all);
        assertThat(outcome.live()).isEqualTo(outcome.withoutErasure());
    }

    private static List<EventMessage<?>> randomEvents(Random random) {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        TrendDaysTest.randomStories(random, 60).forEach(story -> histories.put(story.id.value(), story.events));
        return OneBatch.interleaved(histories);
    }

    private static List<EventMessage<?>> events(ComplaintStory story) {
        return OneBatch.interleaved(Map.of(story.id.value(), story.events));
    }

    private static List<Document> all() {
        return mongo.getCollection(TrendDayDocument.COLLECTION).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    /**
     * Every counter that is not zero, by document and field, and every day's complaint ids in order: a counter a batch
     * summed to nothing is never written, where one event at a time leaves it at zero, and both count the same.
     */
    static Map<String, Object> counts() {
        Map<String, Object> counts = new TreeMap<>();
        for (Document day : all()) {
            String id = day.getString("_id");
            day.forEach((field, value) -> flatten(counts, id + " " + field, value));
        }
        return counts;
    }

    private static void flatten(Map<String, Object> counts, String path, Object value) {
        if (value instanceof Document nested) {
            nested.forEach((field, inner) -> flatten(counts, path + "." + TrendTally.unescape(field), inner));
        } else if (value instanceof List<?> ids) {
            counts.put(path, ids.stream().map(String::valueOf).sorted().toList());
        } else if (value instanceof Number number && number.longValue() != 0) {
            counts.put(path, number.longValue());
        }
    }
}
