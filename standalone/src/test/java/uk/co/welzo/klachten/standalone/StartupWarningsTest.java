package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator reads a warning as something to act on: a start of the embedded service, and its first commands and
 * events, warn about nothing but the demo sign-in (see docs/operations.md, "Warnings at start-up").
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWarningsTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("a start and the first complaints log one warning: that demo users can sign in")
    void onlyTheDemoSignInIsWarnedAbout(CapturedOutput output) {
        try (RunningService service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false")) {
            for (String id : List.of("warn-1", "warn-2")) {
                service.command("POST", "/api/complaints", "intake", ReplayTest.LODGE.formatted(id));
            }
            service.command("POST", "/api/complaints/warn-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
            // every read model has taken in more than one event, so each monitor has seen a second message
            service.awaitView("/api/complaints/warn-1", "agent", view -> view.path("timeline").size() >= 2);
            service.awaitView("/api/complaints/warn-2/sla", "agent", view -> view.path("clocks").size() >= 1);
            service.awaitView("/api/queue?size=10", "agent", page -> page.path("items").size() == 2);
        }

        List<String> warnings = output.getAll().lines().filter(line -> line.matches(".*\\sWARN\\s.*")).toList();
        assertThat(warnings).singleElement().asString().contains("Security mode 'demo'");
    }
}
