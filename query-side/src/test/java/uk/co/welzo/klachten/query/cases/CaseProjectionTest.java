package uk.co.welzo.klachten.query.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.mongodb.client.model.Sorts;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEscalated;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.DeadlineView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.complaint.query.FindComplaintByReference;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.query.ErasureReplay;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case projection against a real MongoDB wire server, dispatched through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class CaseProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Actor AGENT = new Actor("agent");
    private static final Complainant COMPLAINANT =
            new Complainant("Mary Jones", "mary.jones@example.com", "+44 20 7946 0001", "1 High Street, Leeds LS1 1AA");
    private static final String DESCRIPTION = "My blood pressure monitor arrived broken";
    private static final String QUESTION = "Was the parcel for order W-1001 damaged in the warehouse?";
    private static final String ANSWER = "Yes, dropped during packing";
    private static final String LETTER = "Phoned Mary about the replacement";

    private static MongoTemplate mongo;
    private static CaseRepository repository;
    private AnnotationEventHandlerAdapter projection;
    private CaseQueryHandler queries;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
        repository = new MongoRepositoryFactory(mongo).getRepository(CaseRepository.class);
    }

    @BeforeEach
    void emptyReadModel() throws Exception {
        projection = new AnnotationEventHandlerAdapter(new CaseProjection(mongo));
        projection.prepareReset();
        queries = new CaseQueryHandler(repository);
    }

    @Test
    void projectsTheWholeLifeOfAComplaint() throws Exception {
        ComplaintId id = ComplaintId.of("c-1");
        List<Object> history = lifeOf(id, reference(1));
        deliver(id, history);

        ComplaintView view = queries.handle(new FindComplaint(id)).orElseThrow();
        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.stage()).isEqualTo(Stage.TWO);
        assertThat(view.reference()).isEqualTo(reference(1).value());
        assertThat(view.complainant()).isEqualTo(COMPLAINANT);
        assertThat(view.receivedAt()).isEqualTo(T0);
        assertThat(view.handler()).isEqualTo("alice.handler");
        assertThat(view.departmentManager()).isEqualTo("Dana Reviewer (Pharmacy)");
        assertThat(view.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(view.closureReason()).isEqualTo("FINAL_RESPONSE_GIVEN");
        assertThat(view.deadlines()).containsExactly(
                new DeadlineView(DeadlineKind.ACKNOWLEDGEMENT, at(48), at(48), at(20)),
                new DeadlineView(DeadlineKind.STAGE_ONE_RESOLUTION, days(15), days(20), days(18)),
                new DeadlineView(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, days(27), days(27), days(24)),
                new DeadlineView(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, days(34), days(34), days(24)),
                new DeadlineView(DeadlineKind.STAGE_TWO_RESOLUTION, days(38), days(38), days(35)));
        assertThat(view.inquiries()).containsExactly(
                new InquiryView("i-1", Department.WAREHOUSE_MANAGEMENT, QUESTION, days(2), ANSWER, days(4)));
        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly(
                "ComplaintLodged", "ComplaintAcknowledged", "ComplaintAssigned", "DepartmentInputRequested",
                "DepartmentInputReceived", "CustomerCommunicationRecorded", "DeadlineExtended", "ComplaintResolved",
                "ComplaintEscalated", "EscalationAcknowledged", "ComplaintResolved", "ComplaintClosed");
        assertThat(view.timeline()).extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(view.timeline()).allSatisfy(entry -> assertThat(entry.summary())
                .isNotBlank()
                .doesNotContain("Mary", "Jones", "example.com", "7946", "High Street", "blood pressure",
                        "warehouse?", "dropped", "replacement", "too slow", "Dana"));
        assertThat(view.timeline().get(10).summary()).contains("signposted");
        assertThat(queries.handle(new FindComplaintByReference(reference(1)))).contains(view);
    }

    @Test
    @DisplayName("R3.1: the staff timeline carries what people wrote, so the investigator reads all earlier correspondence")
    void timelineCarriesWhatPeopleWrote() throws Exception {
        ComplaintId id = ComplaintId.of("c-text");
        deliver(id, lifeOf(id, reference(7)));

        ComplaintView view = queries.handle(new FindComplaint(id)).orElseThrow();
        assertThat(view.timeline()).extracting(TimelineEntry::text).containsExactly(
                DESCRIPTION, null, null, QUESTION, ANSWER, LETTER, "Mary asked for time to send photos",
                "Refund of postage", "Mary finds the refund too slow", null, "Full refund and replacement monitor", null);
    }

    @Test
    void answersNothingForAnUnknownComplaint() {
        assertThat(queries.handle(new FindComplaint(ComplaintId.of("nobody")))).isEmpty();
        assertThat(queries.handle(new FindComplaintByReference(reference(9)))).isEmpty();
    }

    @Test
    void theSameEventTwiceLeavesTheSameDocument() throws Exception {
        ComplaintId id = ComplaintId.of("c-2");
        List<Object> history = lifeOf(id, reference(2));
        deliver(id, history);
        List<Document> once = collection();

        projection.prepareReset();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            deliver(id, sequence, history.get(sequence));
            deliver(id, sequence, history.get(sequence));
        }
        assertThat(collection()).isEqualTo(once);

        deliver(id, history); // the whole stream again, as after a lost token update
        assertThat(collection()).isEqualTo(once);
    }

    @Test
    void resetAndFullReplayGiveAnIdenticalCollection() throws Exception {
        ComplaintId closed = ComplaintId.of("c-3");
        ComplaintId withdrawn = ComplaintId.of("c-4");
        List<Object> withdrawnHistory = List.of(
                lodged(withdrawn, reference(4)),
                new ComplaintWithdrawn(withdrawn, "Mary sorted it out herself", days(1), days(1), AGENT));
        deliver(closed, lifeOf(closed, reference(3)));
        deliver(withdrawn, withdrawnHistory);
        List<Document> before = collection();
        assertThat(before).hasSize(2);
        assertThat(queries.handle(new FindComplaint(withdrawn)).orElseThrow().status()).isEqualTo(ComplaintStatus.WITHDRAWN);

        projection.prepareReset();
        assertThat(collection()).isEmpty();
        assertThat(mongo.indexOps(CaseDocument.class).getIndexInfo())
                .anySatisfy(index -> assertThat(index).extracting(IndexInfo::isUnique).isEqualTo(true));

        deliver(closed, lifeOf(closed, reference(3)));
        deliver(withdrawn, withdrawnHistory);
        assertThat(collection()).isEqualTo(before);
    }

    @Test
    @DisplayName("R8.2: erasing the complainant live leaves the case a replay with erased texts builds; others untouched")
    void erasureLiveIsWhatAReplayBuilds() throws Exception {
        ComplaintId erased = ComplaintId.of("c-30");
        ComplaintId other = ComplaintId.of("c-31");
        List<Object> erasedHistory = new ArrayList<>(lifeOf(erased, reference(30)));
        // the stage-2 resolution with the manager's review: its timeline text is made of remedy and review
        erasedHistory.set(10, new ComplaintResolved(erased, Stage.TWO, Outcome.UPHELD, "Full refund for Mary",
                "Packing bench lacks padding", true, null, null,
                new StageTwoReview("Mary was right", null), days(35), days(35), null, "2025.1", AGENT));
        erasedHistory.add(new InvestigationNoteRecorded(erased, "Mary phoned again", days(36), days(36), AGENT));
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put(erased.value(), erasedHistory);
        histories.put(other.value(), lifeOf(other, reference(31)));

        ErasureReplay.assertLiveErasureIsAReplay(projection, histories, erased.value(), this::collection);

        ComplaintView view = queries.handle(new FindComplaint(erased)).orElseThrow();
        assertThat(view.complainant()).isEqualTo(new Complainant(PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, PersonalData.ERASED));
        assertThat(List.of(view.description(), view.orderNumber(), view.remedy())).containsOnly(PersonalData.ERASED);
        assertThat(view.inquiries()).singleElement().satisfies(inquiry -> {
            assertThat(inquiry.question()).isEqualTo(PersonalData.ERASED);
            assertThat(inquiry.answer()).isEqualTo(PersonalData.ERASED);
        });
        assertThat(view.timeline()).extracting(TimelineEntry::text).containsOnly(PersonalData.ERASED, null);
        assertThat(view.timeline().get(view.timeline().size() - 1).summary())
                .isEqualTo("Personal data erased (consent withdrawn)");
        assertThat(view.personalDataErasedAt()).isEqualTo(ErasureReplay.ERASED_AT);
        assertThat(view.erasureGround()).isEqualTo(ErasureGround.CONSENT_WITHDRAWN);
        // the facts stay
        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.rootCause()).isEqualTo("Packing bench lacks padding");
        assertThat(view.deadlines()).hasSize(5);
        assertThat(mongo.getCollection("cases").find(new Document("_id", erased.value())).first().toJson())
                .doesNotContain("Mary", "mary.jones", "7946", "W-1001", "High Street", "blood pressure");

        ComplaintView untouched = queries.handle(new FindComplaint(other)).orElseThrow();
        assertThat(untouched.complainant()).isEqualTo(COMPLAINANT);
        assertThat(untouched.personalDataErasedAt()).isNull();
    }

    @Test
    void refusesAnEventForAComplaintItHasNotSeenLodged() {
        ComplaintId id = ComplaintId.of("c-5");
        assertThatThrownBy(() -> deliver(id, 3, new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, T0, T0, AGENT)))
                .isInstanceOf(IllegalStateException.class);
    }

    private List<Object> lifeOf(ComplaintId id, ReferenceNumber reference) {
        InquiryId inquiry = InquiryId.of("i-1");
        return List.of(
                lodged(id, reference),
                new ComplaintAcknowledged(id, reference, CommunicationChannel.EMAIL, at(20), at(20), days(15), days(14), "2025.1", AGENT),
                new ComplaintAssigned(id, "alice.handler", null, days(1), days(1), AGENT),
                new DepartmentInputRequested(id, inquiry, Department.WAREHOUSE_MANAGEMENT, QUESTION, days(2), days(2),
                        days(5), days(4), "2025.1", AGENT),
                new DepartmentInputReceived(id, inquiry, Department.WAREHOUSE_MANAGEMENT, ANSWER, days(4), days(5), AGENT),
                new CustomerCommunicationRecorded(id, CommunicationId.of("m-1"), CommunicationChannel.PHONE,
                        Direction.OUTBOUND, LETTER, days(6), days(6), AGENT),
                new DeadlineExtended(id, DeadlineKind.STAGE_ONE_RESOLUTION, days(15), days(15), days(20), days(19),
                        "Mary asked for time to send photos", CommunicationId.of("m-1"), days(6), days(6), AGENT),
                new ComplaintResolved(id, Stage.ONE, Outcome.PARTLY_UPHELD, "Refund of postage", "Packing",
                        false, null, null, null, days(18), days(18), days(74), "2025.1", AGENT),
                new ComplaintEscalated(id, "Mary finds the refund too slow", days(20), days(20), days(27), days(34),
                        days(26), days(33), "2025.1", AGENT),
                new EscalationAcknowledged(id, new DepartmentManager("Dana Reviewer", "Pharmacy"), days(24), days(24),
                        days(38), days(37), "2025.1", AGENT),
                new ComplaintResolved(id, Stage.TWO, Outcome.UPHELD, "Full refund and replacement monitor",
                        "Packing bench lacks padding", true, null, null, null, days(35), days(35), null, "2025.1", AGENT),
                new ComplaintClosed(id, ClosureReason.FINAL_RESPONSE_GIVEN, days(35), days(35), AGENT));
    }

    private static ComplaintLodged lodged(ComplaintId id, ReferenceNumber reference) {
        return new ComplaintLodged(id, reference, Channel.WEB_FORM, Category.PRODUCT_DEFECT, COMPLAINANT, DESCRIPTION,
                "W-1001", "Blood pressure monitor", T0, T0, at(48), at(36), "2025.1", AGENT);
    }

    private void deliver(ComplaintId id, List<Object> history) throws Exception {
        for (int sequence = 0; sequence < history.size(); sequence++) {
            deliver(id, sequence, history.get(sequence));
        }
    }

    private void deliver(ComplaintId id, long sequence, Object event) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event));
    }

    private List<Document> collection() {
        return mongo.getCollection("cases").find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private static ReferenceNumber reference(int n) {
        return ReferenceNumber.random(new java.util.Random(n));
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static Instant days(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    @Test
    void oneBatchLeavesTheSameDocumentsAsOneEventAtATime() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (int n = 11; n <= 13; n++) {
            histories.put("cb-" + n, lifeOf(ComplaintId.of("cb-" + n), reference(n)));
        }
        OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection, OneBatch.interleaved(histories),
                this::collection);
    }

    @Test
    void aReferenceClashInABatchFailsOnlyThatEvent() throws Exception {
        ComplaintId stored = ComplaintId.of("cb-20");
        deliver(stored, 0, lodged(stored, reference(20))); // in an earlier batch
        ComplaintId first = ComplaintId.of("cb-21");
        ComplaintId clash = ComplaintId.of("cb-22");
        ComplaintId other = ComplaintId.of("cb-23");
        ComplaintId clashWithStored = ComplaintId.of("cb-24");
        List<EventMessage<?>> events = List.of(
                new GenericDomainEventMessage<>("Complaint", first.value(), 0, lodged(first, reference(21))),
                new GenericDomainEventMessage<>("Complaint", clash.value(), 0, lodged(clash, reference(21))),
                new GenericDomainEventMessage<>("Complaint", other.value(), 0, lodged(other, reference(23))),
                new GenericDomainEventMessage<>("Complaint", clashWithStored.value(), 0,
                        lodged(clashWithStored, reference(20))));
        List<Throwable> failures = new ArrayList<>();
        org.axonframework.eventhandling.EventMessageHandler catching = event -> {
            try {
                return projection.handle(event);
            } catch (Exception e) {
                failures.add(e); // as the dead-letter queue does: park the event, go on with the batch
                return null;
            }
        };
        OneBatch.deliver(mongo, catching, events);
        assertThat(failures).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class));
        assertThat(failures.get(0).getMessage()).contains(reference(21).value(), "cb-22", "cb-21");
        assertThat(failures.get(1).getMessage()).contains(reference(20).value(), "cb-24", "cb-20");
        assertThat(collection()).extracting(d -> d.getString("_id")).containsExactly("cb-20", "cb-21", "cb-23");
    }
}
