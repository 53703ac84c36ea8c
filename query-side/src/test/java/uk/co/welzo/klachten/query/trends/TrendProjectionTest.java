package uk.co.welzo.klachten.query.trends;

import uk.co.welzo.klachten.query.ErasureReplay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/** The trend facts against a real MongoDB wire server, through Axon's annotation adapter (R6.1, R8.1). */
@ExtendWith(MongoTestServer.class)
class TrendProjectionTest {

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

    /** Received Monday 2 March 2026 by e-mail; recategorised, two departments asked (one twice), escalated, resolved again. */
    static ComplaintStory escalatedAndResolvedTwice() {
        return ComplaintStory.lodged("trend-1", "2026-03-02T09:00:00Z", Category.SERVICE, Channel.EMAIL,
                        "  Blood-Pressure   Monitor ")
                .acknowledged(6)
                .recategorised(Category.SERVICE, Category.PRODUCT_DEFECT)
                .asked(Department.WAREHOUSE_MANAGEMENT)
                .asked(Department.EXTERNAL_SUPPLIER)
                .asked(Department.WAREHOUSE_MANAGEMENT)
                .resolved(54.5, Outcome.PARTLY_UPHELD, " Packaging ")
                .escalated(60)
                .resolvedAtStageTwo(120, Outcome.UPHELD, "Supplier  Defect")
                .closed();
    }

    static ComplaintStory acknowledgedLetterWithoutProduct() {
        return ComplaintStory.lodged("trend-2", "2026-03-03T10:00:00Z", Category.BILLING_AND_PAYMENT, Channel.LETTER, null)
                .acknowledged(30);
    }

    private void deliver(ComplaintStory story) throws Exception {
        for (int sequence = 0; sequence < story.events.size(); sequence++) {
            projection.handle(new GenericDomainEventMessage<>("Complaint", story.id.value(), sequence,
                    story.events.get(sequence)));
        }
    }

    @Test
    @DisplayName("R6.1: the fact holds current category, channel, normalised product and root cause, departments once, final outcome and times")
    void factOfAnEscalatedComplaint() throws Exception {
        ComplaintStory story = escalatedAndResolvedTwice();
        deliver(story);

        Document expected = new Document("_id", "trend-1")
                .append("lastSequence", (long) story.events.size() - 2) // the stage-2 resolution; closing is no trend fact
                .append("category", "PRODUCT_DEFECT")
                .append("channel", "EMAIL")
                .append("product", "blood-pressure monitor")
                .append("productLabel", "Blood-Pressure Monitor")
                .append("departments", List.of("WAREHOUSE_MANAGEMENT", "EXTERNAL_SUPPLIER"))
                .append("rootCause", "supplier defect")
                .append("rootCauseLabel", "Supplier Defect")
                .append("outcome", "UPHELD")
                .append("outcomeStage", "TWO")
                .append("receivedAt", date("2026-03-02T09:00:00Z"))
                .append("acknowledgedAt", date("2026-03-02T15:00:00Z"))
                .append("resolvedAt", date("2026-03-04T15:30:00Z"))
                .append("escalated", true)
                .append("escalatedAt", date("2026-03-04T21:00:00Z"))
                .append("hoursToAcknowledge", 6.0)
                .append("hoursToResolve", 54.5);
        assertThat(fact("trend-1")).isEqualTo(expected);
    }

    @Test
    @DisplayName("R6.1: a complaint still under investigation has no product, outcome or resolution yet")
    void factOfAnOpenComplaint() throws Exception {
        ComplaintStory story = acknowledgedLetterWithoutProduct();
        deliver(story);

        assertThat(fact("trend-2")).isEqualTo(new Document("_id", "trend-2")
                .append("lastSequence", 1L) // the acknowledgement; assignment and note are no trend facts
                .append("category", "BILLING_AND_PAYMENT")
                .append("channel", "LETTER")
                .append("departments", List.of())
                .append("receivedAt", date("2026-03-03T10:00:00Z"))
                .append("acknowledgedAt", date("2026-03-04T16:00:00Z"))
                .append("escalated", false)
                .append("hoursToAcknowledge", 30.0));
    }

    @Test
    @DisplayName("R8.1: no name, contact details, description, order number, note, answer, summary, remedy or reason reaches the facts")
    void holdsNoPersonalDataOrFreeText() throws Exception {
        deliver(escalatedAndResolvedTwice());
        deliver(acknowledgedLetterWithoutProduct());

        String everything = all().toString();
        assertThat(everything).doesNotContain(ComplaintStory.NAME, "Zebedee", "Quillfeather", ComplaintStory.EMAIL,
                "7946", "Example Road", ComplaintStory.DESCRIPTION, "ORD-778899", ComplaintStory.SECRET_NOTE,
                "signed", "findings", "Refund", "Replacement", "unhappy", "Dana", "Q1N-19Y-8PN", "agent");
    }

    @Test
    @DisplayName("the same events twice leave the same documents")
    void sameEventsTwiceChangeNothing() throws Exception {
        deliver(escalatedAndResolvedTwice());
        deliver(acknowledgedLetterWithoutProduct());
        List<Document> once = all();

        deliver(escalatedAndResolvedTwice());
        deliver(acknowledgedLetterWithoutProduct());

        assertThat(all()).isEqualTo(once);
    }

    @Test
    @DisplayName("a reset empties the facts and a replay rebuilds exactly the same collection")
    void resetAndReplayRebuildTheSameCollection() throws Exception {
        deliver(escalatedAndResolvedTwice());
        deliver(acknowledgedLetterWithoutProduct());
        String before = checksum();

        projection.prepareReset();
        assertThat(all()).isEmpty();
        deliver(escalatedAndResolvedTwice());
        deliver(acknowledgedLetterWithoutProduct());

        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    @DisplayName("an event for a complaint whose lodging was never projected fails loudly instead of being skipped")
    void eventWithoutItsComplaintFails() {
        ComplaintStory story = acknowledgedLetterWithoutProduct();
        Object acknowledged = story.events.stream().filter(ComplaintAcknowledged.class::isInstance).findFirst().orElseThrow();
        assertThatThrownBy(() -> projection.handle(new GenericDomainEventMessage<>("Complaint", "trend-2", 1, acknowledged)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trend-2");
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Document fact(String id) {
        Document raw = mongo.getCollection("trend_facts").find(new Document("_id", id)).first();
        raw.remove("_class");
        return raw;
    }

    private static List<Document> all() {
        return mongo.getCollection("trend_facts").find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private static String checksum() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Document fact : all()) {
            sha.update(fact.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void oneBatchLeavesTheSameFactsAsOneEventAtATime() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (ComplaintStory story : List.of(escalatedAndResolvedTwice(), acknowledgedLetterWithoutProduct())) {
            histories.put(story.id.value(), story.events);
        }
        OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection, OneBatch.interleaved(histories),
                TrendProjectionTest::all);
    }

    @Test
    @DisplayName("R8.2: the facts are unchanged by PersonalDataErased, live or after a replay with erased texts")
    void erasureChangesNoFact() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("trend-1", escalatedAndResolvedTwice().events);
        histories.put("trend-2", acknowledgedLetterWithoutProduct().events);
        ErasureReplay.Outcome outcome = ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "trend-1",
                TrendProjectionTest::all);
        assertThat(outcome.live()).isEqualTo(outcome.withoutErasure());
    }
}
