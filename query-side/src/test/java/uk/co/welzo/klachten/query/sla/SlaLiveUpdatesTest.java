package uk.co.welzo.klachten.query.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaEvents.at;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
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
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.CurrentBreachesView;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.SlaBreachChange;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.query.MongoTestServer;

/** The live SLA board: subscription queries of the current breaches through Axon's simple query bus, real projection, real MongoDB wire server. */
@ExtendWith(MongoTestServer.class)
class SlaLiveUpdatesTest {

    private static MongoTemplate mongo;
    private final List<SubscriptionQueryResult<CurrentBreachesView, SlaBreachChange>> subscriptions = new CopyOnWriteArrayList<>();
    private AnnotationEventHandlerAdapter projection;
    private SlaEvents events;
    private QueryGateway queries;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void wire() {
        // now: Saturday 8 March 2025 10:00, an hour after a complaint lodged on Thursday 09:00 was due
        Clock clock = Clock.fixed(at("2025-03-08T10:00:00Z"), ZoneOffset.UTC);
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(new SlaQueryHandler(mongo, clock, SlaCalendars.ENGLAND)).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
        projection = new AnnotationEventHandlerAdapter(new SlaProjection(mongo, new SlaBreachUpdates(emitter, mongo, clock)));
        projection.prepareReset();
        events = new SlaEvents(projection);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(SubscriptionQueryResult::cancel);
    }

    private List<SlaBreachChange> subscribe(FindCurrentBreaches find, List<CurrentBreachesView> initial) {
        SubscriptionQueryResult<CurrentBreachesView, SlaBreachChange> result =
                queries.subscriptionQuery(find, CurrentBreachesView.class, SlaBreachChange.class);
        subscriptions.add(result);
        initial.add(result.initialResult().block());
        List<SlaBreachChange> updates = new CopyOnWriteArrayList<>();
        result.updates().subscribe(updates::add);
        return updates;
    }

    @Test
    @DisplayName("R2.1 the board starts with the current breaches, hears the breach recorded, then its end when acknowledged")
    void boardFollowsABreach() {
        ComplaintId id = ComplaintId.of("board-1");
        events.lodged(id, at("2025-03-06T09:00:00Z"));
        List<CurrentBreachesView> initial = new CopyOnWriteArrayList<>();
        List<SlaBreachChange> updates = subscribe(new FindCurrentBreaches(null), initial);
        List<SlaBreachChange> stageTwoOnly = subscribe(new FindCurrentBreaches(DeadlineKind.STAGE_TWO_RESOLUTION),
                new CopyOnWriteArrayList<>());
        assertThat(initial.get(0).breaches()).extracting(SlaBreachSummary::complaintId).containsExactly("board-1");

        events.missed(id, DeadlineKind.ACKNOWLEDGEMENT, null, at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:12Z"));
        events.acknowledged(id, at("2025-03-08T09:30:00Z"), at("2025-03-25T00:00:00Z"));

        assertThat(updates).containsExactly(
                new SlaBreachChange("board-1", DeadlineKind.ACKNOWLEDGEMENT, null, new SlaBreachSummary("board-1",
                        SlaEvents.reference(id), DeadlineKind.ACKNOWLEDGEMENT, null, at("2025-03-08T09:00:00Z"),
                        at("2025-03-08T09:00:00Z"), at("2025-03-08T09:00:12Z"), 1.0)),
                new SlaBreachChange("board-1", DeadlineKind.ACKNOWLEDGEMENT, null, null));
        assertThat(stageTwoOnly).isEmpty();
    }

    @Test
    @DisplayName("clocks that are not and were not breached emit nothing; neither do replayed events, though they rebuild the board")
    void quietWhenNothingBreachesOrOnReplay() {
        List<SlaBreachChange> updates = subscribe(new FindCurrentBreaches(null), new CopyOnWriteArrayList<>());
        events.lodged(ComplaintId.of("board-2"), at("2025-03-08T08:00:00Z"));

        ComplaintId replayed = ComplaintId.of("board-3");
        events.replaying(true).lodged(replayed, at("2025-03-01T08:00:00Z"));

        assertThat(updates).as("a fresh clock is no breach; replay is silent").isEmpty();
        assertThat(queries.query(new FindCurrentBreaches(null), CurrentBreachesView.class).join().breaches())
                .extracting(SlaBreachSummary::complaintId).containsExactly("board-3");
    }
}
