package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

@ExtendWith(MongoTestServer.class)
class TrendDaysCheckTest {

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
    void factsWithoutDayCountsNeedAReplay() throws Exception {
        TrendDaysCheck check = new TrendDaysCheck(mongo);
        assertThat(check.countsAreMissing()).as("empty").isFalse();

        ComplaintStory story = TrendProjectionTest.acknowledgedLetterWithoutProduct();
        OneBatch.deliverOneByOne(projection, OneBatch.interleaved(java.util.Map.of(story.id.value(), story.events)));
        assertThat(check.countsAreMissing()).as("projected").isFalse();

        mongo.getCollection(TrendDayDocument.COLLECTION).deleteMany(new Document());
        assertThat(check.countsAreMissing()).as("facts written before the day counts").isTrue();
    }

    @Test
    void resolvedFactsWithoutDayCountsOfResolutionsNeedAReplay() throws Exception {
        TrendDaysCheck check = new TrendDaysCheck(mongo);
        ComplaintStory story = TrendProjectionTest.escalatedAndResolvedTwice();
        OneBatch.deliverOneByOne(projection, OneBatch.interleaved(java.util.Map.of(story.id.value(), story.events)));
        assertThat(check.countsAreMissing()).as("projected").isFalse();

        mongo.getCollection(TrendDayDocument.COLLECTION).updateMany(new Document(), new Document("$unset",
                new Document("resolvedAtStageOne", "").append("escalated", "")));
        assertThat(check.countsAreMissing()).as("counts written before the escalation rate's").isTrue();
    }

    @Test
    void acknowledgedFactsWithoutTheDaysResponseTimesNeedAReplay() throws Exception {
        TrendDaysCheck check = new TrendDaysCheck(mongo);
        ComplaintStory story = TrendProjectionTest.acknowledgedLetterWithoutProduct();
        OneBatch.deliverOneByOne(projection, OneBatch.interleaved(java.util.Map.of(story.id.value(), story.events)));
        assertThat(check.countsAreMissing()).as("projected").isFalse();

        mongo.getCollection(TrendDayDocument.COLLECTION).deleteMany(new Document("_id",
                new Document("$regex", "^" + TrendTally.HOURS + "\\|")));
        assertThat(check.countsAreMissing()).as("counts written before the response times were").isTrue();
    }

    @Test
    void factsWithoutDayCountsAskForTheReplayWhereOneInstanceMayStartIt() throws Exception {
        ComplaintStory story = TrendProjectionTest.acknowledgedLetterWithoutProduct();
        OneBatch.deliverOneByOne(projection, OneBatch.interleaved(java.util.Map.of(story.id.value(), story.events)));
        mongo.getCollection(TrendDayDocument.COLLECTION).deleteMany(new Document());
        java.util.List<Object> published = new java.util.ArrayList<>();

        new TrendDaysCheck(mongo, published::add, false).warnIfCountsAreMissing();
        assertThat(published).as("several instances: a warning only").isEmpty();
        new TrendDaysCheck(mongo, published::add, true).warnIfCountsAreMissing();

        assertThat(published).singleElement().isInstanceOfSatisfying(
                uk.co.welzo.klachten.query.readmodel.ReplayNeeded.class,
                needed -> assertThat(needed.group()).isEqualTo("trends"));
    }
}
