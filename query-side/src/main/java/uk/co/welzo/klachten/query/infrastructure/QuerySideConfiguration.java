package uk.co.welzo.klachten.query.infrastructure;

import java.time.Duration;

import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoClient;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import uk.co.welzo.klachten.query.readmodel.BatchedWritesInterceptor;

/** Where the projections keep their tokens and their dead letters, and what happens when one of them fails. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    /**
     * Tokens live in the read models' own database, so they survive (or vanish) together with
     * the read models; a token store elsewhere leaves a silently empty read model after a restart.
     * The Mongo store needs no transaction manager: mongo-java-server has no transactions, and
     * every projection is idempotent instead.
     */
    @Bean
    public TokenStore tokenStore(MongoClient client, MongoDatabaseFactory readModels, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonCollections(client, readModels))
                .serializer(serializer)
                .build();
    }

    /**
     * Axon logs and skips a failing event handler by default, and the read model silently
     * diverges. Instead every processing group parks a failed event in its own sequenced
     * dead-letter queue (collection {@code deadletters}, beside the read models and tokens), and
     * later events of the same complaint queue up behind it (the default sequencing policy is per
     * aggregate), while other complaints keep flowing. No transaction manager: the queue's
     * default {@code NoTransactionManager}, as mongo-java-server has no transactions.
     * <p>
     * Per group the invoker also gets the operator-facing policy, clears its queue when the
     * group is replayed (the replay re-applies every event, so a queue from before would hold
     * events twice), and caches which complaints are queued so that a healthy event costs no
     * extra query.
     */
    @Bean
    public ConfigurerModule deadLetterQueues(MongoClient client, MongoDatabaseFactory readModels,
                                             ListableBeanFactory beans, ObjectProvider<LoggingSystem> logging) {
        // the queue logs each letter's whole payload at INFO, personal data included: keep to its warnings
        logging.ifAvailable(system -> system.setLogLevel(MongoSequencedDeadLetterQueue.class.getName(), LogLevel.WARN));
        MongoTemplate collections = axonCollections(client, readModels);
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing(processing -> {
                    processing.registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .mongoTemplate(collections)
                            .serializer(config.eventSerializer())
                            .build());
                    processing.registerDefaultDeadLetterPolicy(config -> new DeadLetterPolicy("(unnamed group)"));
                    // only for handlers without a queue (sagas, say): fail and retry rather than log and skip
                    processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
                    for (String group : processingGroups(beans)) {
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                                .enqueuePolicy(new DeadLetterPolicy(group))
                                .allowReset(true)
                                .enableSequenceIdentifierCache());
                    }
                });
            }

            /**
             * After Axon's own modules: its JDBC and JPA auto-configurations register a provider
             * that answers "no queue" for every group without {@code dlq.enabled}, and the last
             * provider registered wins.
             */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /**
     * Each batch of a streaming processor reads the documents it touches in one query per collection and writes its
     * changes in one bulk write per collection (see {@link uk.co.welzo.klachten.query.readmodel.ReadModelWriter}),
     * instead of a find and a replace per event.
     */
    @Bean
    public ConfigurerModule batchedReadModelWrites(org.springframework.data.mongodb.core.MongoTemplate readModels) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (config, processorName) -> new BatchedWritesInterceptor(readModels)));
    }

    /**
     * How many segments of each processor one query-side instance claims at most (all by default). Instances share a
     * processor's segments through the token store: each claims free segments, up to this limit. Without a limit the
     * first instance to start claims every segment and the others only stand by; with N instances and a limit of
     * (segments / N) they split the work evenly, but a segment whose instance stops waits for it to come back.
     */
    @Bean
    public ConfigurerModule segmentClaims(@Value("${klachten.processors.max-claimed-segments:2147483647}") int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("klachten.processors.max-claimed-segments must be at least 1, not " + limit);
        }
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder.maxClaimedSegments(limit)));
    }

    /**
     * The groups whose read models people look at right after they act ({@code klachten.processors.woken-on-commit}:
     * the case view and the work queue) read the event store with word of each commit ({@link CommittedEvents}). The
     * others keep looking every 500 ms: woken at every commit they would each handle many more, smaller batches, and
     * on two cores under load that CPU is what the lodges need.
     */
    @Bean
    public ConfigurerModule wokenOnCommit(@Value("${klachten.processors.woken-on-commit:cases,queue}") Set<String> groups,
                                          ObjectProvider<CommittedEvents> committedEvents) {
        // looked up when the processors are built: the event store is made from Axon's configuration
        return configurer -> configurer.eventProcessing(processing -> groups.forEach(group -> processing
                .registerPooledStreamingEventProcessorConfiguration(group,
                        (config, builder) -> builder.messageSource(committedEvents.getObject()))));
    }

    /**
     * The event store, with word of each commit in this process (see {@link CommittedEvents}), coalesced over
     * {@code klachten.processors.wake-after} so a burst is read as one batch.
     */
    @Bean(destroyMethod = "close")
    public CommittedEvents committedEvents(EventStore eventStore,
                                           @Value("${klachten.processors.wake-after:PT0.01S}") Duration coalesce) {
        return new CommittedEvents(eventStore, coalesce, Duration.ofMillis(500));
    }

    /** The groups named on event-handling beans: ours, and any a test or a later feature adds. */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    private static MongoTemplate axonCollections(MongoClient client, MongoDatabaseFactory readModels) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, readModels.getMongoDatabase().getName())
                .build();
    }
}
