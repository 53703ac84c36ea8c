package uk.co.welzo.klachten.query.queue;

import uk.co.welzo.klachten.query.ErasureReplay;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

import com.mongodb.client.model.Sorts;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.OpenInquirySummary;
import uk.co.welzo.klachten.api.queue.RunningDeadlineSummary;
import uk.co.welzo.klachten.api.queue.WorkQueueItemSummary;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ACKNOWLEDGEMENT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.DEPARTMENT_RESPONSE;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_TWO_RESOLUTION;
import static uk.co.welzo.klachten.query.queue.QueueEvents.AGENT;
import static uk.co.welzo.klachten.query.queue.QueueEvents.LAB;
import static uk.co.welzo.klachten.query.queue.QueueEvents.POLICY;
import static uk.co.welzo.klachten.query.queue.QueueEvents.SLA_CLOCK;
import static uk.co.welzo.klachten.query.queue.QueueEvents.T0;
import static uk.co.welzo.klachten.query.queue.QueueEvents.WAREHOUSE;
import static uk.co.welzo.klachten.query.queue.QueueEvents.at;
import static uk.co.welzo.klachten.query.queue.QueueEvents.days;
import static uk.co.welzo.klachten.query.queue.QueueEvents.investigating;
import static uk.co.welzo.klachten.query.queue.QueueEvents.lodged;
import static uk.co.welzo.klachten.query.queue.QueueEvents.reference;
import static uk.co.welzo.klachten.query.queue.QueueEvents.warning;
import static uk.co.welzo.klachten.query.queue.QueueEvents.wholeLife;
import static uk.co.welzo.klachten.query.queue.QueueEvents.withdrawnEarly;

/** The queue projection against a real MongoDB wire server, dispatched through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class QueueProjectionTest {

    private static MongoTemplate mongo;
    private static QueueRepository repository;
    private AnnotationEventHandlerAdapter projection;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
        repository = new MongoRepositoryFactory(mongo).getRepository(QueueRepository.class);
    }

    @BeforeEach
    void emptyReadModel() {
        projection = new AnnotationEventHandlerAdapter(new QueueProjection(mongo,
                new QueueUpdates(SimpleQueryUpdateEmitter.builder().build(), java.time.Clock.systemUTC())));
        projection.prepareReset();
    }

    @Test
    void showsAComplaintUnderInvestigationWithItsRunningDeadlinesAndOpenInquiries() throws Exception {
        ComplaintId id = ComplaintId.of("q-1");
        deliver(id, investigating(id, 1));

        assertThat(entry(id, days(7))).isEqualTo(new WorkQueueItemSummary("q-1", reference(1).value(), Stage.ONE,
                ComplaintStatus.UNDER_INVESTIGATION, Category.SERVICE, Channel.WEB_FORM, "alice", null, null, null,
                List.of(new OpenInquirySummary("i-2", Department.TESTING_LABORATORY, days(6))),
                List.of(new RunningDeadlineSummary(STAGE_ONE_RESOLUTION, null, days(15), days(20), days(18), null, null, false),
                        new RunningDeadlineSummary(DEPARTMENT_RESPONSE, "i-2", days(6), days(6), days(5), days(5), days(6), true)),
                days(6), true));
        assertThat(entry(id, days(3)).overdue()).isFalse();
        assertThat(mongo.getCollection("work_queue").find().first().toJson())
                .doesNotContain("Mary", "example.com", "monitor", "parcel", "batch", "courier", "delay", "laboratory");
    }

    @Test
    void followsAComplaintThroughStageTwoUntilItIsClosed() throws Exception {
        ComplaintId id = ComplaintId.of("q-2");
        List<Object> life = wholeLife(id, 2);

        deliver(id, life.subList(0, 1));
        assertThat(entry(id, T0).deadlines()).containsExactly(
                new RunningDeadlineSummary(ACKNOWLEDGEMENT, null, at(48), at(48), at(36), null, null, false));

        deliver(id, life.subList(0, 4));
        WorkQueueItemSummary awaitingEscalation = entry(id, days(11));
        assertThat(awaitingEscalation.status()).isEqualTo(ComplaintStatus.RESOLVED_AT_STAGE_ONE);
        assertThat(awaitingEscalation.deadlines()).isEmpty();
        assertThat(awaitingEscalation.nextDue()).isNull();
        assertThat(awaitingEscalation.overdue()).isFalse();

        deliver(id, life.subList(0, 7));
        WorkQueueItemSummary escalated = entry(id, days(20));
        assertThat(escalated.stage()).isEqualTo(Stage.TWO);
        assertThat(escalated.status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(escalated.deadlines()).containsExactly(
                new RunningDeadlineSummary(ESCALATION_ACKNOWLEDGEMENT_TARGET, null, days(19), days(19), days(18),
                        days(18), days(19), true),
                new RunningDeadlineSummary(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, days(26), days(26), days(25),
                        null, null, false));
        assertThat(escalated.nextDue()).isEqualTo(days(19));

        deliver(id, life.subList(0, 8));
        assertThat(entry(id, days(22)).deadlines()).containsExactly(
                new RunningDeadlineSummary(STAGE_TWO_RESOLUTION, null, days(35), days(35), days(33), null, null, false));
        assertThat(entry(id, days(22)).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);

        deliver(id, life.subList(0, 9));
        assertThat(entry(id, days(30)).status()).isEqualTo(ComplaintStatus.RESOLVED_AT_STAGE_TWO);
        assertThat(entry(id, days(30)).deadlines()).isEmpty();

        deliver(id, life);
        assertThat(repository.findById(id.value())).isEmpty();
    }

    @Test
    void findsAManagersOwnEscalationsByTheUserNameTheHeadForwardedTo_R4_2() throws Exception {
        ComplaintId mine = ComplaintId.of("q-9");
        List<Object> forwarded = new ArrayList<>(wholeLife(mine, 9).subList(0, 7));
        forwarded.add(new EscalationAcknowledged(mine, new DepartmentManager("dana", "Dana Reviewer", "Pharmacy"),
                days(21), days(21), days(35), days(33), POLICY, AGENT));
        deliver(mine, forwarded);
        ComplaintId legacy = ComplaintId.of("q-10");
        deliver(legacy, wholeLife(legacy, 10).subList(0, 8)); // forwarded to the department before users were named
        ComplaintId waiting = ComplaintId.of("q-11");
        deliver(waiting, wholeLife(waiting, 11).subList(0, 7));

        assertThat(entry(mine, days(22)).reviewManagerUser()).isEqualTo("dana");
        assertThat(entry(legacy, days(22)).reviewManagerUser()).isNull();
        QueueQueryHandler queue = new QueueQueryHandler(mongo, java.time.Clock.fixed(days(22), java.time.ZoneOffset.UTC));
        assertThat(ids(queue, new FindWorkQueue(null, null, null, null, null, null, null, null, "dana", 0, 0)))
                .as("my escalations").containsExactly("q-9");
        assertThat(ids(queue, new FindWorkQueue(null, null, null, null, null, null, null, null, "sam", 0, 0))).isEmpty();
        assertThat(ids(queue, new FindWorkQueue(null, null, null, null, null, null, null, "pharmacy", "dana", 0, 0)))
                .as("mine, and my department's from before forwarding named a user")
                .containsExactlyInAnyOrder("q-9", "q-10");
        assertThat(ids(queue, new FindWorkQueue(null, null, null, null, null, null, null, "pharmacy", "sam", 0, 0)))
                .as("another manager of the department sees the old ones only").containsExactly("q-10");
        assertThat(ids(queue, new FindWorkQueue(null, ComplaintStatus.ESCALATED, null, null, null, null, null, null,
                0, 0))).as("waiting for the head to forward").containsExactly("q-11");
    }

    private static List<String> ids(QueueQueryHandler queue, FindWorkQueue find) {
        return queue.handle(find).items().stream().map(WorkQueueItemSummary::complaintId).toList();
    }

    @Test
    void keepsWhoReviewsAnAcknowledgedEscalationAndTheirDepartment_R4_2() throws Exception {
        ComplaintId id = ComplaintId.of("q-8");
        List<Object> life = wholeLife(id, 8);
        deliver(id, life.subList(0, 7));
        assertThat(entry(id, days(20)).reviewDepartment()).isNull();

        deliver(id, life.subList(0, 8));
        WorkQueueItemSummary inReview = entry(id, days(22));
        assertThat(inReview.reviewManager()).isEqualTo("Dana Reviewer");
        assertThat(inReview.reviewDepartment()).isEqualTo("Pharmacy");
        QueueQueryHandler queue = new QueueQueryHandler(mongo, java.time.Clock.fixed(days(22), java.time.ZoneOffset.UTC));
        assertThat(queue.handle(new FindWorkQueue(null, ComplaintStatus.UNDER_REVIEW, null, null, null, null, null,
                " pharmacy", 0, 0)).items()).extracting(WorkQueueItemSummary::complaintId).containsExactly("q-8");
        assertThat(queue.handle(new FindWorkQueue(null, null, null, null, null, null, null, "Warehouse", 0, 0)).total())
                .isZero();
    }

    @Test
    void showsWarningsAndBreachesOnTheDeadlineTheyConcern() throws Exception {
        ComplaintId id = ComplaintId.of("q-3");
        deliver(id, List.of(
                lodged(id, 3),
                new ComplaintAcknowledged(id, reference(3), CommunicationChannel.EMAIL, at(50), at(50), days(15), days(13), POLICY, AGENT),
                new DepartmentInputRequested(id, WAREHOUSE, Department.WAREHOUSE_MANAGEMENT, "q", days(2), days(2),
                        days(5), days(4), POLICY, AGENT),
                new DepartmentInputRequested(id, LAB, Department.TESTING_LABORATORY, "q", days(2), days(2),
                        days(5), days(4), POLICY, AGENT),
                warning(id, DEPARTMENT_RESPONSE, LAB, days(5), days(4)),
                // a warning for a due moment the deadline no longer has concerns nothing running
                warning(id, STAGE_ONE_RESOLUTION, null, days(14), days(12)),
                new DeadlineMissed(id, DEPARTMENT_RESPONSE, WAREHOUSE, days(5), days(5), days(5), SLA_CLOCK)));

        assertThat(entry(id, days(6)).deadlines()).containsExactly(
                new RunningDeadlineSummary(STAGE_ONE_RESOLUTION, null, days(15), days(15), days(13), null, null, false),
                new RunningDeadlineSummary(DEPARTMENT_RESPONSE, "i-1", days(5), days(5), days(4), null, days(5), true),
                new RunningDeadlineSummary(DEPARTMENT_RESPONSE, "i-2", days(5), days(5), days(4), days(4), null, true));
    }

    @Test
    void anExtensionKeepsTheOriginalDueAndStartsAFreshWarning() throws Exception {
        ComplaintId id = ComplaintId.of("q-4");
        deliver(id, investigating(id, 4));

        RunningDeadlineSummary stageOne = entry(id, days(14)).deadlines().get(0);
        assertThat(stageOne.kind()).isEqualTo(STAGE_ONE_RESOLUTION);
        assertThat(stageOne.originalDue()).isEqualTo(days(15));
        assertThat(stageOne.currentDue()).isEqualTo(days(20));
        assertThat(stageOne.warningAt()).isEqualTo(days(18));
        assertThat(stageOne.warnedAt()).as("the warning concerned the previous due").isNull();
    }

    @Test
    void theSameEventTwiceLeavesTheSameDocument() throws Exception {
        ComplaintId id = ComplaintId.of("q-5");
        List<Object> history = investigating(id, 5);
        deliver(id, history);
        String once = checksum();

        projection.prepareReset();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            deliver(id, sequence, history.get(sequence));
            deliver(id, sequence, history.get(sequence));
        }
        assertThat(checksum()).isEqualTo(once);

        deliver(id, 0, history.get(0)); // an old event alone changes nothing either
        deliver(id, 3, history.get(3));
        assertThat(checksum()).isEqualTo(once);

        deliver(id, history); // the whole stream again, as after a lost token update
        assertThat(checksum()).isEqualTo(once);
    }

    @Test
    void resetAndFullReplayGiveAnIdenticalCollection() throws Exception {
        ComplaintId open = ComplaintId.of("q-6");
        ComplaintId closed = ComplaintId.of("q-7");
        ComplaintId withdrawn = ComplaintId.of("q-8");
        replayAll(open, closed, withdrawn);
        String before = checksum();
        assertThat(documents("work_queue")).extracting(d -> d.getString("_id")).containsExactly("q-6");

        projection.prepareReset();
        assertThat(documents("work_queue")).isEmpty();
        assertThat(documents(QueueTombstone.COLLECTION)).isEmpty();

        replayAll(open, closed, withdrawn);
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void aClosedComplaintLeavesTheQueueAndNoReplayBringsItBack() throws Exception {
        ComplaintId id = ComplaintId.of("q-9");
        List<Object> life = wholeLife(id, 9);
        deliver(id, life);
        assertThat(repository.findById(id.value())).isEmpty();
        String closed = checksum();

        deliver(id, 0, life.get(0)); // the lodging alone
        assertThat(repository.findById(id.value())).isEmpty();
        for (int sequence = 3; sequence < life.size() - 1; sequence++) { // from the middle, stopping before the closure
            deliver(id, sequence, life.get(sequence));
            assertThat(repository.findById(id.value())).isEmpty();
        }
        deliver(id, life); // the whole stream again
        assertThat(checksum()).isEqualTo(closed);

        ComplaintId gone = ComplaintId.of("q-10");
        deliver(gone, withdrawnEarly(gone, 10));
        deliver(gone, withdrawnEarly(gone, 10));
        assertThat(repository.findById(gone.value())).isEmpty();
    }

    @Test
    void refusesAnEventForAComplaintItHasNotSeenLodged() {
        ComplaintId id = ComplaintId.of("q-11");
        assertThatThrownBy(() -> deliver(id, 3, new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, T0, T0, AGENT)))
                .isInstanceOf(IllegalStateException.class);
    }

    private void replayAll(ComplaintId open, ComplaintId closed, ComplaintId withdrawn) throws Exception {
        deliver(open, investigating(open, 6));
        deliver(closed, wholeLife(closed, 7));
        deliver(withdrawn, withdrawnEarly(withdrawn, 8));
    }

    private WorkQueueItemSummary entry(ComplaintId id, Instant now) {
        return repository.findById(id.value()).orElseThrow().toSummary(now);
    }

    private void deliver(ComplaintId id, List<Object> history) throws Exception {
        for (int sequence = 0; sequence < history.size(); sequence++) {
            deliver(id, sequence, history.get(sequence));
        }
    }

    private void deliver(ComplaintId id, long sequence, Object event) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event));
    }

    private static List<Document> documents(String collection) {
        return mongo.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** Everything the projection owns, in a stable order, as one digest. */
    private static String checksum() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String collection : List.of("work_queue", QueueTombstone.COLLECTION)) {
            for (Document document : documents(collection)) {
                digest.update((collection + ":" + document.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void oneBatchLeavesTheSameDocumentsAsOneEventAtATime() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("qb-1", wholeLife(ComplaintId.of("qb-1"), 21));
        histories.put("qb-2", investigating(ComplaintId.of("qb-2"), 22));
        histories.put("qb-3", withdrawnEarly(ComplaintId.of("qb-3"), 23));
        List<List<Document>> oneByOne = OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection,
                OneBatch.interleaved(histories),
                () -> List.of(documents("work_queue"), documents(QueueTombstone.COLLECTION)));
        assertThat(oneByOne.get(0)).extracting(d -> d.getString("_id")).containsExactly("qb-2");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R8.2: the work queue holds no personal data: PersonalDataErased changes nothing, live or after a replay")
    void erasureChangesNothingInTheQueue() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("qe-1", investigating(ComplaintId.of("qe-1"), 41));
        histories.put("qe-2", investigating(ComplaintId.of("qe-2"), 42));
        ErasureReplay.Outcome outcome = ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "qe-1",
                () -> mongo.getCollection("work_queue").find().sort(new org.bson.Document("_id", 1))
                        .into(new java.util.ArrayList<>()));
        assertThat(outcome.live()).isEqualTo(outcome.withoutErasure());
    }
}
