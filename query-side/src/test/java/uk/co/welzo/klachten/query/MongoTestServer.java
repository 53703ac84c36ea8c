package uk.co.welzo.klachten.query;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MongoDB wire server for tests, shared by the whole run: MongoDB itself in a container
 * where Docker runs, the in-process mongo-java-server otherwise. Same tests either way, never a
 * mock. Inject it as a {@link ConnectionString} parameter, or as a ready {@link MongoTemplate} set up
 * as the applications set theirs up (one client for the whole run).
 */
public class MongoTestServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConnectionString.class || type == MongoTemplate.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        ExtensionContext.Store store = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        ConnectionString server = store.getOrComputeIfAbsent(MongoTestServer.class, key -> start(), Running.class)
                .connectionString();
        if (parameter.getParameter().getType() == ConnectionString.class) {
            return server;
        }
        return store.getOrComputeIfAbsent(Client.class, key -> new Client(MongoClients.create(server)), Client.class)
                .template(server.getDatabase());
    }

    private record Client(MongoClient client) implements ExtensionContext.Store.CloseableResource {

        MongoTemplate template(String database) {
            return ReadModelTemplate.on(client, database);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static Running start() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));
            mongo.start();
            return new Running(new ConnectionString(mongo.getReplicaSetUrl("klachten-test")), mongo::stop);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        int port = server.getLocalAddress().getPort();
        return new Running(new ConnectionString("mongodb://127.0.0.1:" + port + "/klachten-test"), server::shutdownNow);
    }

    private record Running(ConnectionString connectionString, Runnable stop)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            stop.run();
        }
    }
}
