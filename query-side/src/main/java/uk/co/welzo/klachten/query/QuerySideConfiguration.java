package uk.co.welzo.klachten.query;

import com.mongodb.client.MongoClient;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Where the projections keep their tokens, and what happens when one of them fails. */
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
        String database = readModels.getMongoDatabase().getName();
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .serializer(serializer)
                .build();
    }

    /**
     * Axon logs and skips a failing event handler by default, and the read model silently
     * diverges. Propagating the failure makes the processor stop and retry the batch instead.
     */
    @Bean
    public ConfigurerModule propagateEventHandlerFailures() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }
}
