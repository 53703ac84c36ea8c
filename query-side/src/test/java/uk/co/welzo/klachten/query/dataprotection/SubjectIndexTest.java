package uk.co.welzo.klachten.query.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectIdentifiers;
import uk.co.welzo.klachten.platform.dataprotection.BlindIndex;
import uk.co.welzo.klachten.platform.dataprotection.MasterKey;
import uk.co.welzo.klachten.query.ErasureReplay;
import uk.co.welzo.klachten.query.MongoTestServer;

/** The subject index (R8.2) against a real MongoDB wire server, through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class SubjectIndexTest {

    static final BlindIndex BLIND_INDEX = new BlindIndex(MasterKey.ofBase64(
            Base64.getEncoder().encodeToString(new byte[32])));
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;
    private SubjectIndex index;
    private final Random references = new Random(17);

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new SubjectIndexProjection(mongo, BLIND_INDEX));
        projection.prepareReset();
        index = new SubjectIndex(mongo, BLIND_INDEX);
    }

    private ComplaintLodged lodged(String id, String name, String email, String phone) {
        return new ComplaintLodged(ComplaintId.of(id), ReferenceNumber.random(references), Channel.EMAIL,
                Category.PRODUCT_DEFECT, new Complainant(name, email, phone, "1 Example Road"), "Parcel late for "
                + name, "W-1", null, T0, T0, T0.plus(Duration.ofHours(48)), T0.plus(Duration.ofHours(36)), "2026.1",
                new Actor("intake"));
    }

    private void deliver(ComplaintLodged... lodgings) throws Exception {
        for (ComplaintLodged lodged : lodgings) {
            projection.handle(new GenericDomainEventMessage<>("Complaint", lodged.complaintId().value(), 0, lodged));
        }
    }

    private Map<String, List<String>> find(String email, String phone, String name) {
        return index.find(new SubjectIdentifiers(email, phone, name));
    }

    private static List<Document> all() {
        return mongo.getCollection(SubjectIndexDocument.COLLECTION).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    @Test
    @DisplayName("a person is found by e-mail, phone or name, each normalised as the staff search normalises it")
    void findsByEachIdentifier() throws Exception {
        deliver(lodged("d-1", "Zoë  Brontë", " Zoe.Bronte@Example.org ", "07700 900123"),
                lodged("d-2", "Ann Lee", "ann@example.org", "+44 20 7946 0018"));

        assertThat(find("zoe.bronte@example.org", null, null)).isEqualTo(Map.of("d-1", List.of("email")));
        assertThat(find(null, "+44 7700 900123", null)).isEqualTo(Map.of("d-1", List.of("phone")));
        assertThat(find(null, "0044-7700-900-123", null)).containsOnlyKeys("d-1");
        assertThat(find(null, null, "ZOE bronte")).isEqualTo(Map.of("d-1", List.of("name")));
        assertThat(find("ZOE.BRONTE@example.org", "07700900123", "Zoë Brontë"))
                .isEqualTo(Map.of("d-1", List.of("email", "name", "phone")));
        assertThat(find(null, null, "Zoe")).as("a name is matched whole, not by a word").isEmpty();
        assertThat(find("ann@example.org", null, "Zoe Bronte")).containsOnlyKeys("d-1", "d-2");
        assertThat(find("nobody@example.org", "not a number", "  ")).isEmpty();
    }

    @Test
    @DisplayName("a person's two complaints are both found; the index holds keyed hashes, never the values")
    void twoComplaintsAndNoValues() throws Exception {
        deliver(lodged("d-3", "Mary Jones", "mary@example.com", null),
                lodged("d-4", "Mary Jones", "MARY@example.com", "07700 900777"));
        assertThat(find("mary@example.com", null, null)).containsOnlyKeys("d-3", "d-4");
        assertThat(all().toString()).doesNotContain("mary", "Mary", "example", "7700", "Jones");
        assertThat(all()).allSatisfy(d -> assertThat(d.getList("entries", String.class))
                .allSatisfy(entry -> assertThat(entry).matches("[0-9a-f]{64}")));
    }

    @Test
    @DisplayName("R8.2: once erased the person is found by nothing; live erasure leaves what a replay leaves")
    void erasureRemovesTheEntries() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("d-5", List.of(lodged("d-5", "Olivia Smith", "olivia@example.com", "07700 900555")));
        histories.put("d-6", List.of(lodged("d-6", "Olivia Smith", "olivia@example.com", null)));
        ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "d-5", SubjectIndexTest::all);

        assertThat(find("olivia@example.com", "07700 900555", "Olivia Smith")).isEqualTo(
                Map.of("d-6", List.of("email", "name")));
        assertThat(mongo.findById("d-5", SubjectIndexDocument.class).entries).isEmpty();
    }

    @Test
    @DisplayName("the same lodging twice leaves the same entries")
    void replaySafe() throws Exception {
        ComplaintLodged lodged = lodged("d-7", "Sam Lee", "sam@example.org", null);
        deliver(lodged);
        List<Document> once = all();
        deliver(lodged);
        assertThat(all()).isEqualTo(once);
    }
}
