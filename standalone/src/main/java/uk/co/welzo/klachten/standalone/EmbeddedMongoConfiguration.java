package uk.co.welzo.klachten.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

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
 * <p>
 * H2 keeps up to {@code klachten.embedded-mongo.cache-mb} of read documents in memory. Its default of 16 MB is too
 * small from tens of thousands of complaints on: a trend query reads every fact of its window, and at 100,000
 * complaints a year of monthly counts took 5.4 s at the median with 16 MB, 0.72 s with 256 and 0.75 s with 512.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongo(@Value("${klachten.data-dir}") Path dataDir,
                              @Value("${klachten.embedded-mongo.port:0}") int port,
                              @Value("${klachten.embedded-mongo.cache-mb:256}") int cacheMegabytes,
                              @Value("${klachten.embedded-mongo.durable-collections}") Set<String> durableCollections)
            throws IOException {
        Files.createDirectories(dataDir);
        String file = dataDir.resolve("readmodels.mv").toString();
        MongoServer server = new MongoServer(new OrderedIndexH2Backend(file, cacheMegabytes, durableCollections));
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
