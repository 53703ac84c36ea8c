package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.co.welzo.klachten.standalone.DurableEventStoreConfiguration.EventStoreSync;

/**
 * A command is answered only after its events were forced to disk, once per command, and never when that failed. The
 * context with its spy is closed afterwards, so that a later test in the same JVM can set up logging afresh.
 */
@DirtiesContext
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "klachten.sla.alarms-enabled=false")
class DurableEventStoreTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("klachten.data-dir", () -> dataDir.toString());
    }

    @MockitoSpyBean
    EventStoreSync sync;

    @LocalServerPort
    int port;

    @Test
    void forcesALodgesEventsToDiskOnceBeforeAnswering() {
        RunningService.at(port).command("POST", "/api/complaints", "intake", lodge("durable-1"));

        // two aggregates' events (the complaint and its reference reservation), one transaction, one sync
        verify(sync).awaitDurable();
    }

    @Test
    void answersNoLodgeWhoseEventsCouldNotBeForcedToDisk() {
        doThrow(new IllegalStateException("disk gone")).when(sync).awaitDurable();

        assertThat(RunningService.at(port).send("POST", "/api/complaints", "intake", lodge("durable-2")).status())
                .isEqualTo(500);
    }

    /** By letter: an e-mail complaint's automatic acknowledgement (R2) would force its own, second sync. */
    private static String lodge(String id) {
        return """
                {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived broken"}""".formatted(id);
    }
}
