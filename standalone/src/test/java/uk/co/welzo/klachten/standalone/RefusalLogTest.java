package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An expected refusal (a 4xx) is an outcome, not a fault: the log gets one line for it, with its correlation id and no
 * stack trace. Before issue #12 an unknown complaint left Axon's full AggregateNotFoundException trace, and Tomcat,
 * Spring MVC and the firewall each added their own warning or trace for a 400 or 405.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("404s, 400s and a 405 each log one line with their correlation id and no stack trace")
    void logsEachRefusalOnceWithoutAStackTrace(CapturedOutput output) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> log;
        int logStart;
        try (RunningService service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false",
                "--logging.level.uk.co.welzo.klachten.platform.problem.Refusals=DEBUG")) {
            logStart = output.getAll().length();
            String[][] refusals = {
                    // method, target, user, body, expected status
                    {"POST", "/api/complaints/nobody/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}", "404"},
                    {"GET", "/api/complaints/nobody", "agent", null, "404"},
                    {"POST", "/api/complaints", "intake", "{\"channel\":", "400"},
                    {"POST", "/api/complaints", "intake", "{\"channel\":\"PIGEON\"}", "400"},
                    {"DELETE", "/api/complaints/nobody", "agent", null, "405"},
                    {"GET", "/api/complaints/a%2Fb", "agent", null, "400"},
                    {"GET", "/api/complaints/a;b=c", "agent", null, "400"}};
            for (String[] refusal : refusals) {
                String id = "refusal-" + ids.size();
                ids.add(id);
                List<String[]> headers = new ArrayList<>(List.<String[]>of(
                        new String[]{"Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((refusal[2] + ":demo").getBytes(StandardCharsets.UTF_8))},
                        new String[]{"X-Correlation-Id", id}));
                if (refusal[3] != null) {
                    headers.add(new String[]{"Content-Type", "application/json"});
                }
                RawHttp.Response answer = RawHttp.send(service.port(), refusal[0], refusal[1], headers,
                        refusal[3] == null ? null : refusal[3].getBytes(StandardCharsets.UTF_8));
                assertThat(answer.status()).as(refusal[0] + " " + refusal[1]).isEqualTo(Integer.parseInt(refusal[4]));
            }
            log = output.getAll().substring(logStart).lines().toList();
        }

        assertThat(log).as("stack traces").noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
        assertThat(log).as("warnings and errors").noneMatch(line -> line.matches(".*\\s(WARN|ERROR)\\s.*"));
        for (String id : ids) {
            assertThat(log).as("lines about " + id).filteredOn(line -> line.contains(id)).singleElement()
                    .asString().contains(" DEBUG ").contains("answered 4");
        }
    }
}
