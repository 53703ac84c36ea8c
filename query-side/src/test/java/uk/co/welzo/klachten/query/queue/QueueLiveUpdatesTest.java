package uk.co.welzo.klachten.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.queue.QueueEvents.AGENT;
import static uk.co.welzo.klachten.query.queue.QueueEvents.POLICY;
import static uk.co.welzo.klachten.query.queue.QueueEvents.at;
import static uk.co.welzo.klachten.query.queue.QueueEvents.days;
import static uk.co.welzo.klachten.query.queue.QueueEvents.lodged;
import static uk.co.welzo.klachten.query.queue.QueueEvents.reference;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueueChange;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * Subscription queries of the work queue: Axon's simple query bus and update emitter with the real projection
 * and query handler against a real MongoDB wire server.
 */
@ExtendWith(MongoTestServer.class)
class QueueLiveUpdatesTest {

    private static final FindWorkQueue EVERYTHING = new FindWorkQueue(null, null, null, null, null, null, null, null, 0,
            20);
    private static final FindWorkQueue RECEIVED = new FindWorkQueue(null, ComplaintStatus.RECEIVED, null, null, null,
            null, null, null, 0, 20);
    private static final FindWorkQueue ESCALATED = new FindWorkQueue(null, ComplaintStatus.ESCALATED, null, null, null,
            null, null, null, 0, 20);

    private static MongoTemplate mongo;
    private static QueueRepository repository;
    private final List<SubscriptionQueryResult<WorkQueuePage, WorkQueueChange>> subscriptions = new CopyOnWriteArrayList<>();
    private AnnotationEventHandlerAdapter projection;
    private QueryGateway queries;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
        repository = new MongoRepositoryFactory(mongo).getRepository(QueueRepository.class);
    }

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(at(1), ZoneOffset.UTC);
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(new QueueQueryHandler(mongo, clock)).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
        projection = new AnnotationEventHandlerAdapter(new QueueProjection(mongo, new QueueUpdates(emitter, clock)));
        projection.prepareReset();
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(SubscriptionQueryResult::cancel);
    }

    private List<WorkQueueChange> subscribe(FindWorkQueue find, List<WorkQueuePage> initial) {
        SubscriptionQueryResult<WorkQueuePage, WorkQueueChange> result =
                queries.subscriptionQuery(find, WorkQueuePage.class, WorkQueueChange.class);
        subscriptions.add(result);
        initial.add(result.initialResult().block());
        List<WorkQueueChange> updates = new CopyOnWriteArrayList<>();
        result.updates().subscribe(updates::add);
        return updates;
    }

    private List<WorkQueueChange> subscribe(FindWorkQueue find) {
        return subscribe(find, new CopyOnWriteArrayList<>());
    }

    private void deliver(ComplaintId id, long sequence, Object event) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event));
    }

    @Test
    @DisplayName("a subscriber gets the current page, then the lodged complaint's row as an update")
    void subscriberReceivesNewRow() throws Exception {
        ComplaintId id = ComplaintId.of("live-1");
        List<WorkQueuePage> initial = new CopyOnWriteArrayList<>();
        List<WorkQueueChange> updates = subscribe(EVERYTHING, initial);
        assertThat(initial.get(0).items()).isEmpty();

        deliver(id, 0, lodged(id, 1));

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).complaintId()).isEqualTo("live-1");
        assertThat(updates.get(0).item().reference()).isEqualTo(reference(1).value());
        assertThat(updates.get(0).item().status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(updates.get(0).item().nextDue()).isEqualTo(at(48));
    }

    @Test
    @DisplayName("filters decide who hears: a row that stops matching is a removal marker, one that never matched is silence")
    void filtersDecideWhoHearsAChange() throws Exception {
        ComplaintId id = ComplaintId.of("live-2");
        deliver(id, 0, lodged(id, 2));
        List<WorkQueueChange> everything = subscribe(EVERYTHING);
        List<WorkQueueChange> received = subscribe(RECEIVED);
        List<WorkQueueChange> escalated = subscribe(ESCALATED);

        deliver(id, 1, new ComplaintAssigned(id, "alice", null, at(2), at(2), AGENT));
        deliver(id, 2, new ComplaintAcknowledged(id, reference(1), CommunicationChannel.EMAIL, at(20), at(20), days(15), days(13),
                POLICY, AGENT));

        assertThat(everything).extracting(change -> change.item().status())
                .containsExactly(ComplaintStatus.RECEIVED, ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(everything.get(0).item().handler()).isEqualTo("alice");
        assertThat(received).containsExactly(everything.get(0), new WorkQueueChange("live-2", null));
        assertThat(escalated).isEmpty();
    }

    @Test
    @DisplayName("a closed complaint leaves the queue: subscribers it matched get a removal marker")
    void closingSendsRemoval() throws Exception {
        ComplaintId id = ComplaintId.of("live-3");
        deliver(id, 0, lodged(id, 3));
        List<WorkQueueChange> everything = subscribe(EVERYTHING);
        List<WorkQueueChange> escalated = subscribe(ESCALATED);

        deliver(id, 1, new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, at(3), at(3), AGENT));

        assertThat(everything).containsExactly(new WorkQueueChange("live-3", null));
        assertThat(escalated).isEmpty();
    }

    @Test
    @DisplayName("R4.2: an escalation forwarded to a department is told to that department's review view only")
    void anAcknowledgedEscalationIsToldToItsDepartmentsReviewView_R4_2() throws Exception {
        ComplaintId id = ComplaintId.of("live-5");
        List<Object> life = QueueEvents.wholeLife(id, 5);
        for (int sequence = 0; sequence < 7; sequence++) {
            deliver(id, sequence, life.get(sequence));
        }
        List<WorkQueueChange> pharmacy = subscribe(new FindWorkQueue(null, ComplaintStatus.UNDER_REVIEW, null, null,
                null, null, null, " PHARMACY", 0, 20));
        List<WorkQueueChange> warehouse = subscribe(new FindWorkQueue(null, ComplaintStatus.UNDER_REVIEW, null, null,
                null, null, null, "Warehouse", 0, 20));

        deliver(id, 7, life.get(7)); // EscalationAcknowledged to Dana Reviewer of Pharmacy

        assertThat(pharmacy).extracting(change -> change.item().reviewDepartment()).containsExactly("Pharmacy");
        assertThat(warehouse).isEmpty();
    }

    @Test
    @DisplayName("replayed events rebuild the row without emitting; an event delivered twice emits once")
    void replaysAndRedeliveriesEmitNothing() throws Exception {
        ComplaintId id = ComplaintId.of("live-4");
        List<WorkQueueChange> everything = subscribe(EVERYTHING);
        var replayToken = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(1));
        projection.handle(new GenericTrackedDomainEventMessage<>(replayToken,
                new GenericDomainEventMessage<>("Complaint", id.value(), 0, lodged(id, 4))));

        assertThat(repository.findById("live-4")).as("the replay still builds the read model").isPresent();
        assertThat(everything).isEmpty();

        ComplaintAssigned assigned = new ComplaintAssigned(id, "bob", null, at(2), at(2), AGENT);
        deliver(id, 1, assigned);
        deliver(id, 1, assigned);
        assertThat(everything).hasSize(1);
        assertThat(everything.get(0).item().handler()).isEqualTo("bob");
    }
}
