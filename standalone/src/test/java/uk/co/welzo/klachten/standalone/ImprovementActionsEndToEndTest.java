package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R6.2 to R6.3 on the running embedded service: a root cause recurs in the trends, the head raises an improvement
 * action from it and links the complaints that caused it, the owning manager agrees, starts and completes it; the
 * complaint shows its action, the effect review counts the complaints before and after, and the recurring answer names
 * the action while it is open. No answer holds a complainant's personal data (R8.1).
 */
class ImprovementActionsEndToEndTest {

    static final String NAME = "Philippa Quandt-Ormerod";
    static final String DESCRIPTION = "The monitor's case arrived crushed flat";
    static final String ACTION = "ia-e2e-courier";
    static final List<String> COMPLAINTS = List.of("improve-e2e-1", "improve-e2e-2", "improve-e2e-3", "improve-e2e-4");

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void fourComplaintsWithOneRootCause() {
        service = RunningService.start(dataDir, "--klachten.acknowledgement.automatic=false");
        // letters typed in late: received ten days ago, the history the trends count from (R1.3)
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        for (String id : COMPLAINTS) {
            service.command("POST", "/api/complaints", "intake", """
                    {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT","product":"BP monitor",
                     "receivedAt":"%s","complainant":{"name":"%s","postalAddress":"2 Quarry Lane, Leeds"},
                     "description":"%s"}""".formatted(id, tenDaysAgo, NAME, DESCRIPTION));
            service.command("POST", "/api/complaints/" + id + "/acknowledgement", "agent", "{\"channel\":\"LETTER\"}");
            resolve(id, " Courier  damage ");
        }
    }

    /** The one place a complaint is resolved at stage 1 here, so a change to how resolutions are given is made once. */
    private static void resolve(String complaintId, String rootCause) {
        service.resolve("/api/complaints/" + complaintId, "agent", """
                {"outcome":"UPHELD","remedy":"A new monitor for %s","rootCause":"%s","customerSignposted":false}"""
                .formatted(NAME, rootCause));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("R6.3 an action raised from a recurring root cause is traceable to its complaints, shows its effect, and is named by the trends while open")
    void improvementActionFromATrend() {
        List<String> bodies = new ArrayList<>();
        String recurring = "/api/trends/recurring?dimension=ROOT_CAUSE&window=P30D";
        JsonNode before = service.awaitView(recurring, "analyst", view -> count(item(view, "courier damage")) == 4);
        assertThat(item(before, "courier damage").path("openActionId").isNull()).as("no action yet").isTrue();

        LocalDate due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
        RunningService.Answer raised = service.command("POST", "/api/improvement-actions", "head", """
                {"actionId":"%s","title":"Double-box monitors for the courier",
                 "problem":{"kind":"ROOT_CAUSE","value":"Courier damage"},
                 "owningDepartment":"Warehouse","owner":"manager","due":"%s"}""".formatted(ACTION, due));
        assertThat(raised.status()).isEqualTo(201);
        for (String id : COMPLAINTS.subList(0, 3)) {
            service.command("POST", "/api/improvement-actions/" + ACTION + "/links", "head",
                    "{\"complaintId\":\"" + id + "\",\"why\":\"crushed in transit\"}");
        }
        bodies.add(service.awaitView(recurring, "analyst",
                view -> ACTION.equals(item(view, "courier damage").path("openActionId").asText(null))).toString());

        String one = "/api/improvement-actions/" + ACTION;
        service.command("POST", one + "/agreement", "manager", null);
        service.command("POST", one + "/start", "manager", null);
        bodies.add(service.awaitView(recurring, "analyst",
                view -> ACTION.equals(item(view, "courier damage").path("openActionId").asText(null))).toString());
        service.command("POST", one + "/completion", "manager", "{\"whatWasDone\":\"Monitors ship double-boxed\"}");

        JsonNode action = service.awaitView(one, "auditor", view -> "DONE".equals(view.path("state").asText()));
        bodies.add(action.toString());
        assertThat(action.path("complaints")).hasSize(3);
        assertThat(action.path("complaints").get(0).path("reference").asText()).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
        assertThat(StreamSupport.stream(action.path("history").spliterator(), false).map(step -> step.path("step").asText()))
                .containsExactly("RAISED", "COMPLAINT_LINKED", "COMPLAINT_LINKED", "COMPLAINT_LINKED", "AGREED", "STARTED",
                        "COMPLETED");
        assertThat(action.path("history").get(4).path("actor").asText()).isEqualTo("manager");
        // auditors read the same steps from the event store itself, as for complaints, each with its chain hash
        JsonNode stored = service.awaitView("/api/audit/improvement-actions/" + ACTION + "/history", "auditor",
                view -> view.path("events").size() == 7);
        assertThat(StreamSupport.stream(stored.path("events").spliterator(), false).map(event -> event.path("type").asText()))
                .containsExactly("ImprovementActionRaised", "ComplaintLinkedToAction", "ComplaintLinkedToAction",
                        "ComplaintLinkedToAction", "ImprovementActionAgreed", "ImprovementActionStarted",
                        "ImprovementActionCompleted");
        assertThat(stored.path("events").get(0).path("actor").asText()).isEqualTo("head");
        assertThat(stored.path("events").get(6).path("chainHash").asText()).hasSize(64);
        assertThat(service.send("GET", "/api/audit/improvement-actions/" + ACTION + "/history", "analyst", null)
                .status()).as("the event-store history is the auditors'").isEqualTo(403);
        assertThat(service.send("GET", "/api/audit/improvement-actions/no-such-action/history", "auditor", null)
                .status()).isEqualTo(404);

        JsonNode ofComplaint = service.awaitView("/api/complaints/" + COMPLAINTS.get(0) + "/improvement-actions", "analyst",
                view -> view.size() == 1);
        assertThat(ofComplaint.get(0).path("actionId").asText()).isEqualTo(ACTION);
        assertThat(service.awaitView("/api/complaints/" + COMPLAINTS.get(3) + "/improvement-actions", "analyst",
                view -> true)).as("never linked").isEmpty();

        JsonNode effect = service.awaitView(one + "/effect", "head", view -> view.path("before").path("complaints").asLong() == 4);
        bodies.add(effect.toString());
        assertThat(effect.path("months").asInt()).isEqualTo(1);
        assertThat(effect.path("after").path("complaints").asLong()).isZero();
        assertThat(effect.path("afterComplete").asBoolean()).isFalse();

        JsonNode done = service.awaitView(recurring, "analyst", view -> item(view, "courier damage").path("openActionId").isNull());
        bodies.add(done.toString());
        assertThat(count(item(done, "courier damage"))).isEqualTo(4);

        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(NAME, "Philippa", DESCRIPTION, "Quarry Lane",
                "A new monitor"));
    }

    @Test
    @DisplayName("R6.3 only the head and analysts raise; intake reads no improvement action (403)")
    void wrongRolesAreForbidden() {
        assertThat(service.send("POST", "/api/improvement-actions", "agent", """
                {"title":"t","problem":{"kind":"PRODUCT","value":"p"},"owningDepartment":"W","owner":"manager",
                 "due":"2099-01-01"}""").status()).isEqualTo(403);
        assertThat(service.send("GET", "/api/improvement-actions", "intake", null).status()).isEqualTo(403);
        assertThat(service.send("GET", "/api/improvement-actions", "auditor", null).status()).isEqualTo(200);
    }

    private static JsonNode item(JsonNode recurring, String key) {
        for (JsonNode item : recurring.path("items")) {
            if (key.equals(item.path("key").asText())) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static long count(JsonNode item) {
        return item.path("count").asLong();
    }
}
