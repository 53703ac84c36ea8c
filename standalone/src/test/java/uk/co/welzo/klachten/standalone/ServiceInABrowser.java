package uk.co.welzo.klachten.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser journeys run against: the whole embedded service on a random port, with a fresh data directory and
 * a public-form rate limit no journey reaches. Each journey class gets its own service and closes its stores after.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"klachten.web.complaint-form.per-minute=100", "klachten.web.complaint-form.per-hour=100"})
@DirtiesContext
abstract class ServiceInABrowser {

    /** A fresh data directory for every run, so no journey meets an earlier run's complaints. */
    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("klachten-browser-");
        properties.add("klachten.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;
}
