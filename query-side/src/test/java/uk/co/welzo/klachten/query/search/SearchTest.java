package uk.co.welzo.klachten.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import uk.co.welzo.klachten.api.complaint.event.ComplaintRecategorised;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.query.ErasureReplay;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/** The staff search (issue #14) against a real MongoDB wire server, through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class SearchTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor INTAKE = new Actor("intake");
    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;
    private final Random references = new Random(7);

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new SearchProjection(mongo));
        projection.prepareReset();
    }

    private ComplaintLodged lodged(String id, int day, String name, String email, String phone, String order) {
        Instant at = T0.plus(Duration.ofDays(day));
        return new ComplaintLodged(ComplaintId.of(id), ReferenceNumber.random(references), Channel.EMAIL,
                Category.PRODUCT_DEFECT, new Complainant(name, email, phone, null), "Parcel late", order, null, at, at,
                at.plus(Duration.ofHours(48)), at.plus(Duration.ofHours(36)), "2026.1", INTAKE);
    }

    private void deliver(Object... events) throws Exception {
        for (Object event : events) {
            String id = event instanceof ComplaintLodged l ? l.complaintId().value()
                    : ((ComplaintRecategorised) event).complaintId().value();
            long sequence = event instanceof ComplaintLodged ? 0 : 1;
            projection.handle(new GenericDomainEventMessage<>("Complaint", id, sequence, event));
        }
    }

    private static ComplaintSearchResults search(String text) {
        return new SearchQueryHandler(mongo).handle(new SearchComplaints(text, 0));
    }

    private static List<String> found(String text) {
        return search(text).hits().stream().map(ComplaintSearchHit::complaintId).toList();
    }

    @Test
    @DisplayName("a name is found by its words and their starts, accents and case folded, newest first")
    void byNameAndItsStart() throws Exception {
        deliver(lodged("s-1", 1, "Jan Janssen", null, null, null),
                lodged("s-2", 2, "Janine de Vries", null, null, null),
                lodged("s-3", 3, "Zoë Émile Brontë", null, null, null));

        assertThat(found("jan")).containsExactly("s-2", "s-1");
        assertThat(found("Jan Jans")).containsExactly("s-1");
        assertThat(found("  JANSSEN ")).containsExactly("s-1");
        assertThat(found("zoe bronte")).containsExactly("s-3");
        assertThat(found("Brontë")).containsExactly("s-3");
        assertThat(found("vries jan")).as("words in any order").containsExactly("s-2");
        assertThat(found("jansen")).as("a different name").isEmpty();
        assertThat(search("Jan Jans").hits().get(0).matchedOn()).containsExactly("name");
    }

    @Test
    @DisplayName("a start longer than the keys hold is checked against the whole name")
    void longStartsAreChecked() throws Exception {
        deliver(lodged("s-4", 1, "Wolfeschlegelsteinhausen", null, null, null),
                lodged("s-5", 2, "Wolfeschlegelbach", null, null, null));
        assertThat(found("wolfeschlegelstein")).containsExactly("s-4");
        assertThat(found("wolfeschlegel")).containsExactly("s-5", "s-4");
    }

    @Test
    @DisplayName("an e-mail address exactly or by the start of its local part, whatever the case")
    void byEmail() throws Exception {
        deliver(lodged("s-6", 1, "Mary Jones", "Mary.Jones@Example.co.uk", null, null),
                lodged("s-7", 2, "Maria Smith", "maria@example.com", null, null));
        assertThat(found("mary.jones@example.co.uk")).containsExactly("s-6");
        assertThat(found("MARY.JONES@EXAMPLE.CO.UK ")).containsExactly("s-6");
        assertThat(found("mary.jo")).containsExactly("s-6");
        assertThat(found("mar")).as("names and e-mail starts").containsExactly("s-7", "s-6");
        assertThat(found("maria@example.co")).as("an address is exact").isEmpty();
        assertThat(search("mary.jo").hits().get(0).matchedOn())
                .as("\"jo\" is too short a start for a name's word, not for the start of a full name")
                .containsExactly("email", "name");
        assertThat(search("jo").hits()).as("a two-letter start alone finds no name").isEmpty();
    }

    @Test
    @DisplayName("a UK phone number however it is written: 07…, +44 …, 0044 …, with spaces and dashes")
    void byPhone() throws Exception {
        deliver(lodged("s-8", 1, "Ann Lee", null, "07700 900123", null),
                lodged("s-9", 2, "Bob Lee", null, "+44 20 7946 0018", null));
        assertThat(found("+447700900123")).containsExactly("s-8");
        assertThat(found("0044 7700 900 123")).containsExactly("s-8");
        assertThat(found("07700-900-123")).containsExactly("s-8");
        assertThat(found("020 7946 0018")).containsExactly("s-9");
        assertThat(found("07700 900124")).isEmpty();
        assertThat(search("07700900123").hits().get(0).matchedOn()).containsExactly("phone");
    }

    @Test
    @DisplayName("an order number exactly or by its start; a reference exactly")
    void byOrderNumberAndReference() throws Exception {
        ComplaintLodged first = lodged("s-10", 1, "Cas Bos", null, null, "W-1001 23");
        deliver(first, lodged("s-11", 2, "Dre Bos", null, null, "W-2002"));
        assertThat(found("w-100123")).containsExactly("s-10");
        assertThat(found("W-1001")).containsExactly("s-10");
        assertThat(found("w-")).as("two characters find only a whole value").isEmpty();
        assertThat(found("w-1")).containsExactly("s-10");
        assertThat(found(first.reference().value())).containsExactly("s-10");
        assertThat(search(first.reference().value()).hits().get(0).matchedOn()).containsExactly("reference");
    }

    @Test
    @DisplayName("the hit carries what staff recognise a complaint by; a recategorisation shows")
    void hitsCarryTheCaseAtAGlance() throws Exception {
        ComplaintLodged lodged = lodged("s-12", 1, "Eve Example", "eve@example.com", "07700 900555", "W-7");
        deliver(lodged, new ComplaintRecategorised(ComplaintId.of("s-12"), Category.PRODUCT_DEFECT, Category.SERVICE,
                "About the courier", T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(2)), INTAKE));
        ComplaintSearchHit hit = search("eve").hits().get(0);
        assertThat(hit).isEqualTo(new ComplaintSearchHit("s-12", lodged.reference().value(), "Eve Example",
                "eve@example.com", "07700 900555", "W-7", Category.SERVICE, lodged.occurredAt(), List.of("email", "name")));
    }

    @Test
    @DisplayName("at most the limit asked, saying there are more; a very common start keeps only the latest")
    void limitsAndCommonStarts() throws Exception {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < SearchKeyDocument.MAX_COMPLAINTS + 5; i++) {
            events.add(lodged("c-" + i, i, "Smith K" + i, null, null, null));
        }
        deliver(events.toArray());
        ComplaintSearchResults page = new SearchQueryHandler(mongo).handle(new SearchComplaints("smith", 3));
        assertThat(page.hits()).extracting(ComplaintSearchHit::complaintId)
                .containsExactly("c-" + (SearchKeyDocument.MAX_COMPLAINTS + 4), "c-" + (SearchKeyDocument.MAX_COMPLAINTS + 3),
                        "c-" + (SearchKeyDocument.MAX_COMPLAINTS + 2));
        assertThat(page.more()).isTrue();
        assertThat(new SearchQueryHandler(mongo).handle(new SearchComplaints("smith", 100)).hits())
                .as("the oldest dropped from the key 'smith'").extracting(ComplaintSearchHit::complaintId)
                .hasSize(SearchKeyDocument.MAX_COMPLAINTS).doesNotContain("c-0");
        assertThat(found("smith k0")).as("the full name has a key of its own").containsExactly("c-0");
        int newest = SearchKeyDocument.MAX_COMPLAINTS + 4;
        assertThat(found("smith k" + newest)).containsExactly("c-" + newest);
    }

    @Test
    @DisplayName("a full name is found when its first name and its surname are each too common for their keys")
    void fullNameWhenEachWordIsCommon() throws Exception {
        deliver(lodged("olivia-smith", 0, "Olivia Smith", null, null, null));
        List<Object> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // later complaints push her out of the keys for "oli…" and "smi…"
            crowd.add(lodged("olivia-jones-" + i, 1, "Olivia Jones", null, null, null));
            crowd.add(lodged("amelia-smith-" + i, 1, "Amelia Smith", null, null, null));
        }
        deliver(crowd.toArray());

        assertThat(found("Olivia Smi")).containsExactly("olivia-smith");
        assertThat(found("olivia  SMITH")).containsExactly("olivia-smith");
        assertThat(found("Olivia S")).contains("olivia-smith");
        assertThat(found("Olivia Smithers")).isEmpty();
        assertThat(search("Smith Olivia").more()).isTrue(); // another order: only the crowded word keys, and it says so
    }

    @Test
    @DisplayName("nothing typed, or nothing searchable, finds nothing")
    void nothingToSearch() throws Exception {
        deliver(lodged("s-13", 1, "Al Bo", null, null, null), lodged("s-14", 2, "Bob Alder", null, null, null));
        assertThat(found("")).isEmpty();
        assertThat(found("  ")).isEmpty();
        assertThat(found("a")).as("shorter than a key").isEmpty();
        assertThat(found("al")).as("two letters find a whole two-letter word, not the start of a longer one")
                .containsExactly("s-13");
        assertThat(found("al bo")).as("whole two-letter words").containsExactly("s-13");
        assertThat(found("b")).as("one letter").isEmpty();
        assertThat(found("%$#")).isEmpty();
    }

    @Test
    @DisplayName("the same events again change nothing; one batch leaves what one event at a time leaves")
    void replaySafe() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            histories.put("b-" + i, List.of(lodged("b-" + i, i, "Jan Janssen", "jan" + i + "@example.com",
                    "07700 90012" + i, "W-" + i)));
        }
        OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection, OneBatch.interleaved(histories),
                () -> List.of(all(SearchEntryDocument.COLLECTION), all(SearchKeyDocument.COLLECTION)));
        assertThat(found("jan janssen")).hasSize(4);
        for (SearchEntryDocument entry : mongo.findAll(SearchEntryDocument.class)) {
            for (String key : entry.keys()) {
                assertThat(mongo.findById(key, SearchKeyDocument.class).complaintIds)
                        .as("key %s, derived from the entry, finds it", key).contains(entry.id);
            }
        }
    }

    @Test
    @DisplayName("R8.2: an erased person is found by nothing but the reference; live erasure leaves what a replay leaves")
    void erasedPersonIsNotFound() throws Exception {
        ComplaintLodged erased = lodged("s-40", 1, "Olivia Smith", "olivia.smith@example.com", "07700 900555", "W-555");
        ComplaintLodged other = lodged("s-41", 2, "Olivia Brown", "olivia.brown@example.com", "07700 900666", "W-666");
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("s-40", List.of(erased));
        histories.put("s-41", List.of(other));

        ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "s-40",
                () -> { List<Document> all = new ArrayList<>(all(SearchEntryDocument.COLLECTION));
                        all.addAll(all(SearchKeyDocument.COLLECTION));
                        return all; });

        assertThat(found("Olivia Smith")).isEmpty();
        assertThat(found("olivia")).containsExactly("s-41");
        assertThat(found("smith")).isEmpty();
        assertThat(found("olivia.smith@example.com")).isEmpty();
        assertThat(found("07700 900555")).isEmpty();
        assertThat(found("W-555")).isEmpty();
        assertThat(found("erased")).as("the marker is no name").isEmpty();
        assertThat(found(erased.reference().value())).containsExactly("s-40");
        assertThat(search(erased.reference().value()).hits().get(0).complainantName()).isEqualTo(PersonalData.ERASED);
        assertThat(found("olivia.brown@example.com")).containsExactly("s-41");
        assertThat(all(SearchKeyDocument.COLLECTION).toString()).doesNotContain("s-40\"", "smith");
    }

    private static List<Document> all(String collection) {
        return mongo.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
