package uk.co.welzo.klachten.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models and tracking tokens in an in-process MongoDB-wire server persisted to an H2 file.
 * The application reaches it through the real MongoDB driver, exactly as it reaches MongoDB in the
 * distributed configuration. No Stable API: mongo-java-server lacks the {@code hello} command.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongo(@Value("${klachten.data-dir}") Path dataDir,
                              @Value("${klachten.embedded-mongo.port:0}") int port) throws IOException {
        Files.createDirectories(dataDir);
        MongoServer server = new MongoServer(new OrderedIndexH2Backend(dataDir.resolve("readmodels.mv").toString()));
        server.bind("127.0.0.1", port);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongo) {
        ConnectionString connection = new ConnectionString(
                "mongodb://127.0.0.1:" + embeddedMongo.getLocalAddress().getPort() + "/klachten");
        return () -> connection;
    }
}
