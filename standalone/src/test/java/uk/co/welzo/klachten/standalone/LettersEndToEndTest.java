package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15's promise end to end in one JVM: lodged by the web form with an e-mail address, the complaint is
 * acknowledged automatically (R2, no step by staff), its acknowledgement reaches a real SMTP server (GreenMail) once,
 * with its reference, and the complaint's timeline records it once, through the real aggregate; a replay of every
 * group acknowledges and sends nothing more.
 */
class LettersEndToEndTest {

    static final String LODGE = """
            {"complaintId":"%s","channel":"WEB_FORM","category":"SERVICE",
             "complainant":{"name":"Rae Example","email":"rae@example.org"},"description":"Refund never arrived"}""";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R2, issue #15: a web-form complaint with an address is acknowledged automatically, its letter "
            + "e-mailed and recorded once (R2.2, R3.3); a replay acknowledges and sends nothing")
    void webFormComplaintIsAcknowledgedAutomaticallyAndItsLetterEmailedOnce() throws Exception {
        try (RunningService service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--klachten.letters.send-initial-delay=PT0S", "--klachten.letters.send-interval=PT0.2S")) {
            service.command("POST", "/api/complaints", "intake", LODGE.formatted("letter-1"));

            JsonNode acknowledged = service.awaitView("/api/complaints/letter-1", "agent",
                    complaint -> complaint.path("status").asText().equals("UNDER_INVESTIGATION"));
            assertThat(acknowledgements(acknowledged)).singleElement().satisfies(step -> assertThat(
                    step.path("actor").asText()).isEqualTo("automatic-acknowledgement"));
            assertThat(smtp.waitForIncomingEmail(20_000, 1)).as("the acknowledgement arrives").isTrue();
            JsonNode view = service.awaitView("/api/complaints/letter-1", "agent",
                    complaint -> !communications(complaint).isEmpty());
            MimeMessage letter = smtp.getReceivedMessages()[0];
            assertThat(letter.getAllRecipients()).extracting(Object::toString).containsExactly("rae@example.org");
            assertThat(GreenMailUtil.getBody(letter)).contains(view.path("reference").asText());
            assertThat(communications(view)).singleElement()
                    .satisfies(step -> assertThat(step.path("actor").asText()).isEqualTo("correspondence"));

            JsonNode sent = service.command("GET", "/api/outbox?state=SENT", "head", null).body();
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).path("messageId").asText()).isEqualTo(letter.getMessageID());

            assertThat(service.send("POST", "/api/admin/replays", "admin", "{\"group\":\"all\"}").status()).isEqualTo(202);
            ReplayTest.awaitReplays(service, groups -> {
                for (JsonNode group : groups) {
                    if (!ReplayTest.caughtUp(group)) {
                        return false;
                    }
                }
                return true;
            });
            Thread.sleep(1_000); // five sender rounds
            assertThat(smtp.getReceivedMessages()).as("nothing sent again after the replay").hasSize(1);
            assertThat(service.command("GET", "/api/complaints/letter-1/letters", "agent", null).body()).hasSize(1);
            JsonNode after = service.command("GET", "/api/complaints/letter-1", "agent", null).body();
            assertThat(communications(after)).hasSize(1);
            assertThat(acknowledgements(after)).as("the replay acknowledged nothing again").hasSize(1);
        }
    }

    private static List<JsonNode> acknowledgements(JsonNode complaint) {
        return steps(complaint, "ComplaintAcknowledged");
    }

    private static List<JsonNode> communications(JsonNode complaint) {
        return steps(complaint, "CustomerCommunicationRecorded");
    }

    private static List<JsonNode> steps(JsonNode complaint, String type) {
        List<JsonNode> found = new ArrayList<>();
        complaint.path("timeline").forEach(step -> {
            if (step.path("type").asText().equals(type)) {
                found.add(step);
            }
        });
        return found;
    }
}
