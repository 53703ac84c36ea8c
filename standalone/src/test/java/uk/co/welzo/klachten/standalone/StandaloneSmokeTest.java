package uk.co.welzo.klachten.standalone;

import java.nio.file.Path;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.springboot.EventProcessorProperties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.append;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.awaitView;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.find;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.lodged;

@SpringBootTest
@DirtiesContext // closes the embedded stores before the temporary data directory goes
class StandaloneSmokeTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add("klachten.data-dir", dataDir::toString);
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoTemplate readModels;
    @Autowired
    EventProcessorProperties processorSettings;

    @Test
    void runsOnTheJdbcEventStoreWithTokensBesideTheReadModels() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(processing.tokenStore("cases")).isSameAs(tokenStore);
        assertThat(processing.eventProcessor("cases")).containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processorSettings.getProcessors().get("cases").getBatchSize()).isEqualTo(100);
        assertThat(processing.deadLetterQueue("cases")).containsInstanceOf(MongoSequencedDeadLetterQueue.class);
        assertThat(readModels.getDb().getName()).isEqualTo("klachten");
    }

    @Test
    void projectsALodgedComplaintIntoTheCaseView() throws Exception {
        ComplaintId id = ComplaintId.of("smoke-1");
        append(eventStore, id, 0, lodged(id));

        ComplaintView view = awaitView(queries, id, v -> true);

        assertThat(view.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(view.reference()).isEqualTo(lodged(id).reference().value());
        assertThat(eventStore.readEvents(id.value()).asStream()).hasSize(1);
        assertThat(readModels.getCollection("trackingtokens").countDocuments(new Document("processorName", "cases")))
                .isPositive();
    }

    @Test
    void answersNothingForAnUnknownComplaint() {
        assertThat(find(queries, ComplaintId.of("nobody"))).isEmpty();
    }
}
