package uk.co.welzo.klachten.query;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MongoDB wire server for tests, shared by the whole run: MongoDB itself in a container
 * where Docker runs, the in-process mongo-java-server otherwise. Same tests either way, never a
 * mock. Inject it as a {@link ConnectionString} parameter.
 */
public class MongoTestServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == ConnectionString.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(MongoTestServer.class, key -> start(), Running.class)
                .connectionString();
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
