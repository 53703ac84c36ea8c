package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded service stopped and started again on the same data directory, driven over HTTP. */
class StandaloneRestartOverHttpTest {

    static final String B = "/api/complaints/";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("stopping and restarting the service keeps events, read models and tracking tokens")
    void restartLosesNothing() {
        try (RunningService service = RunningService.start(dataDir)) {
            service.command("POST", "/api/complaints", "intake", """
                    {"complaintId":"restart-1","channel":"EMAIL","category":"SERVICE",
                     "complainant":{"name":"Bob Example"},"description":"Late delivery"}""");
            service.command("POST", B + "restart-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
            service.awaitView(B + "restart-1", "agent", v -> "UNDER_INVESTIGATION".equals(v.path("status").asText()));
        }
        try (RunningService service = RunningService.start(dataDir)) {
            JsonNode view = service.awaitView(B + "restart-1", "agent", v -> true);
            assertThat(view.path("status").asText()).isEqualTo("UNDER_INVESTIGATION");
            assertThat(view.path("timeline").size()).isEqualTo(2);
            // the aggregate is rebuilt from the stored events: acknowledging again is refused
            assertThat(service.send("POST", B + "restart-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}").status())
                    .isEqualTo(409);
            service.resolve(B + "restart-1", "agent",
                    "{\"outcome\":\"UPHELD\",\"remedy\":\"Voucher\",\"rootCause\":\"courier delay\",\"customerSignposted\":false}");
            JsonNode resolved = service.awaitView(B + "restart-1", "agent",
                    v -> "RESOLVED_AT_STAGE_ONE".equals(v.path("status").asText()));
            assertThat(resolved.path("timeline").size()).as("nothing replayed twice after the restart: the call that told the findings and the resolution")
                    .isEqualTo(4);
        }
    }

}
