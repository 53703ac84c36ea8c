package uk.co.welzo.klachten.e2e;

import java.net.URI;
import java.nio.file.Path;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The scenario against the distributed configuration: the command side and the query side as two
 * applications, each from its own executable jar and in its own class loader, talking through Axon
 * Server, the query side keeping its read models and tracking tokens in MongoDB. Needs Docker; without
 * it the class is reported as skipped and {@link EmbeddedStackTest} runs the same scenario.
 */
@Testcontainers(disabledWithoutDocker = true)
class DistributedStackTest extends OneComplaintThroughBothSidesScenario {

    @Container
    static final AxonServerContainer AXON_SERVER = new AxonServerContainer("axoniq/axonserver:2025.2.5")
            .withAxonServerHostname("localhost")
            .withDevMode(true);

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @TempDir
    static Path work;
    static IsolatedApplication commandSide;
    static IsolatedApplication querySide;

    @BeforeAll
    static void startBothSides() {
        String axonServer = "--axon.axonserver.servers=" + AXON_SERVER.getAxonServerAddress();
        // R8.2: both sides reach one key store, the command side through a connection for keys only, under one master key
        String keyStore = "--klachten.data-protection.key-store.uri=" + MONGO.getReplicaSetUrl("klachten-keys");
        String masterKey = "--klachten.data-protection.master-key="
                + java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32));
        // one JVM, so Axon's default client id (process id @ host) would be the same for both: name them apart
        commandSide = IsolatedApplication.start("command-side", ExecutableJars.commandSide(), work,
                "--spring.config.name=command-side", "--server.port=0", axonServer,
                "--axon.axonserver.client-id=e2e-command-side", "--klachten.security.mode=demo", keyStore, masterKey);
        querySide = IsolatedApplication.start("query-side", ExecutableJars.querySide(), work,
                "--spring.config.name=query-side", "--server.port=0", axonServer,
                "--axon.axonserver.client-id=e2e-query-side", "--klachten.security.mode=demo",
                "--spring.data.mongodb.uri=" + MONGO.getReplicaSetUrl("klachten"), keyStore, masterKey);
    }

    @AfterAll
    static void stopBothSides() throws Exception {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Override
    URI commandSide() {
        return commandSide.base();
    }

    @Override
    URI querySide() {
        return querySide.base();
    }
}
