package uk.co.welzo.klachten.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import uk.co.welzo.klachten.query.MongoTestServer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.admin.DeadLetterEvictionView;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;
import uk.co.welzo.klachten.api.admin.DeadLetterSequenceView;
import uk.co.welzo.klachten.api.admin.EvictDeadLetters;
import uk.co.welzo.klachten.api.admin.FindDeadLetters;
import uk.co.welzo.klachten.api.admin.FindProcessors;
import uk.co.welzo.klachten.api.admin.ReplayStatusView;
import uk.co.welzo.klachten.api.admin.RetryDeadLetters;
import uk.co.welzo.klachten.api.admin.StartReplay;

/**
 * The operators' messages over a real query bus, answered by the real {@link Replays} and {@link DeadLetters} acting on
 * a real pooled streaming processor with a dead-letter queue (Axon's in-memory event store and dead-letter queue, Mongo's
 * token store), as the pages send them through the gateway.
 */
@ExtendWith(MongoTestServer.class)
class OperatorRequestsTest {

    private static final String GROUP = "sample";
    private static final Actor OPERATOR = new Actor("ops-anna");

    private final Sample projection = new Sample();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Configuration axon;
    private EventStore events;
    private QueryGateway queries;

    private static MongoClient mongo;

    @BeforeAll
    static void connect(ConnectionString server) {
        mongo = MongoClients.create(server);
    }

    @AfterAll
    static void disconnect() {
        mongo.close();
    }

    @BeforeEach
    void start(ConnectionString server) {
        // Mongo's token store, as the query side has: Axon's in-memory one stores a reset only when the unit of work
        // the operator's request runs in commits, after the processor has started again from the old token
        String database = server.getDatabase() + "-operator-" + UUID.randomUUID();
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo, database).build())
                .serializer(JacksonSerializer.defaultSerializer()).build();
        events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEventStore(c -> events);
        configurer.eventProcessing()
                .registerTokenStore(c -> tokens)
                .registerPooledStreamingEventProcessor(GROUP)
                .registerPooledStreamingEventProcessorConfiguration(GROUP,
                        (c, builder) -> builder.initialSegmentCount(1).tokenClaimInterval(100))
                .registerDeadLetterQueue(GROUP, c -> InMemorySequencedDeadLetterQueue.defaultQueue())
                .registerEventHandler(c -> projection);
        axon = configurer.buildConfiguration();
        axon.start();

        ProcessingGroups groups = new ProcessingGroups(axon.eventProcessingConfiguration());
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new OperatorRequests(new Replays(groups, events, tokens),
                new DeadLetters(groups))).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();

        logged.start();
        ((Logger) LoggerFactory.getLogger("uk.co.welzo.klachten.query.admin")).addAppender(logged);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("uk.co.welzo.klachten.query.admin")).detachAppender(logged);
        axon.shutdown();
    }

    @Test
    void theProcessorsAreAnsweredWithTheirPositionAgainstTheHead() {
        publish("c-1", "lodged", "acknowledged", "resolved");
        await().atMost(Duration.ofSeconds(10)).until(() -> projection.seen.size() == 3);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(processors(null))
                .containsExactly(new ReplayStatusView(GROUP, true, false, 1, 2L, 2L, 100)));
        assertThat(processors(GROUP)).hasSize(1);
    }

    @Test
    void aReplayEmptiesTheReadModelAndRebuildsItInTheOperatorsName() {
        publish("c-1", "lodged", "acknowledged");
        await().atMost(Duration.ofSeconds(10)).until(() -> projection.seen.size() == 2);

        List<ReplayStatusView> started = queries.query(new StartReplay(GROUP, OPERATOR),
                ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join();

        assertThat(started).extracting(ReplayStatusView::group).containsExactly(GROUP);
        assertThat(projection.resets).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ReplayStatusView status = processors(GROUP).get(0);
            assertThat(status.replaying()).isFalse();
            assertThat(status.percent()).isEqualTo(100);
        });
        assertThat(projection.seen).containsExactly("c-1:lodged", "c-1:acknowledged");
        assertThat(lines()).anyMatch(line -> line.contains("Replay of processing group 'sample' asked for by operator 'ops-anna'"));
    }

    @Test
    void replayingAllReplaysEveryGroup() {
        publish("c-1", "lodged");
        await().atMost(Duration.ofSeconds(10)).until(() -> projection.seen.size() == 1);

        List<ReplayStatusView> started = queries.query(new StartReplay("all", OPERATOR),
                ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join();

        assertThat(started).extracting(ReplayStatusView::group).containsExactly(GROUP);
        assertThat(projection.resets).isEqualTo(1);
    }

    @Test
    void anUnknownGroupIsARefusalThatCrossesTheBusWithItsCode() {
        Throwable failure = catchThrowable(() -> queries.query(new StartReplay("nope", OPERATOR),
                ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join());
        assertThat(detail(failure)).map(ErrorDetail::code).contains(ErrorCode.PROCESSING_GROUP_NOT_FOUND);

        Throwable unknownList = catchThrowable(() -> queries.query(new FindDeadLetters("nope"),
                ResponseTypes.multipleInstancesOf(DeadLetterQueueView.class)).join());
        assertThat(detail(unknownList)).map(ErrorDetail::code).contains(ErrorCode.PROCESSING_GROUP_NOT_FOUND);
    }

    @Test
    void aFailedEventIsListedWithItsCauseRetriedAfterTheFixAndEvictedInTheOperatorsName() {
        projection.poisoned = true;
        publish("c-2", "poison", "after");
        publish("c-3", "poison");
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters().size() == 3);

        DeadLetterQueueView queue = queries.query(new FindDeadLetters(GROUP),
                ResponseTypes.multipleInstancesOf(DeadLetterQueueView.class)).join().get(0);
        assertThat(queue.sequenceCount()).isEqualTo(2);
        DeadLetterSequenceView c2 = queue.sequences().stream().filter(s -> s.sequenceId().equals("c-2")).findFirst()
                .orElseThrow();
        assertThat(c2.letters()).first().satisfies(letter -> {
            assertThat(letter.causeType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(letter.causeMessage()).isEqualTo("cannot apply poison");
        });
        assertThat(c2.letters().get(1).causeType()).isNull(); // waits behind the failed one

        projection.poisoned = false;
        DeadLetterRetryView retried = queries.query(new RetryDeadLetters(GROUP, "c-2", OPERATOR),
                ResponseTypes.instanceOf(DeadLetterRetryView.class)).join();
        assertThat(retried).isEqualTo(new DeadLetterRetryView(GROUP, 1, 0, 1));
        assertThat(projection.seen).contains("c-2:poison", "c-2:after");

        DeadLetterEvictionView evicted = queries.query(new EvictDeadLetters(GROUP, "c-3", OPERATOR),
                ResponseTypes.instanceOf(DeadLetterEvictionView.class)).join();
        assertThat(evicted).isEqualTo(new DeadLetterEvictionView(GROUP, "c-3", 1));
        assertThat(deadLetters()).isEmpty();
        assertThat(projection.seen).doesNotContain("c-3:poison");
        assertThat(lines()).anyMatch(line -> line.contains("of processing group 'sample' for operator 'ops-anna'"))
                .anyMatch(line -> line.contains("Evicted 1 dead letter(s) of sequence c-3 from processing group 'sample' "
                        + "for operator 'ops-anna'"));

        Throwable gone = catchThrowable(() -> queries.query(new EvictDeadLetters(GROUP, "c-3", OPERATOR),
                ResponseTypes.instanceOf(DeadLetterEvictionView.class)).join());
        assertThat(detail(gone)).map(ErrorDetail::code).contains(ErrorCode.DEAD_LETTER_SEQUENCE_NOT_FOUND);
    }

    private List<ReplayStatusView> processors(String group) {
        return queries.query(new FindProcessors(group), ResponseTypes.multipleInstancesOf(ReplayStatusView.class)).join();
    }

    private List<?> deadLetters() {
        return queries.query(new FindDeadLetters(null), ResponseTypes.multipleInstancesOf(DeadLetterQueueView.class))
                .join().stream().flatMap(queue -> queue.sequences().stream()).flatMap(s -> s.letters().stream()).toList();
    }

    private void publish(String complaintId, String... payloads) {
        long first = events.lastSequenceNumberFor(complaintId).map(last -> last + 1).orElse(0L);
        for (int i = 0; i < payloads.length; i++) {
            events.publish(new GenericDomainEventMessage<>("Sample", complaintId, first + i, payloads[i]));
        }
    }

    private List<String> lines() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Optional<ErrorDetail> detail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure && handlerFailure.getDetails().isPresent()) {
                return handlerFailure.getDetails().filter(ErrorDetail.class::isInstance).map(ErrorDetail.class::cast);
            }
        }
        return Optional.empty();
    }

    /** A read model of event payloads that fails on "poison" while poisoned. */
    @ProcessingGroup(GROUP)
    static class Sample {

        final List<String> seen = new CopyOnWriteArrayList<>();
        volatile boolean poisoned;
        volatile int resets;

        @EventHandler
        void on(String payload, org.axonframework.eventhandling.DomainEventMessage<String> event) {
            if (poisoned && payload.equals("poison")) {
                throw new IllegalStateException("cannot apply poison");
            }
            seen.add(event.getAggregateIdentifier() + ":" + payload);
        }

        @ResetHandler
        void reset() {
            seen.clear();
            resets++;
        }
    }
}
