package uk.co.welzo.klachten.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One complaint through both sides over HTTP, as its users drive it: lodged by intake, acknowledged,
 * assigned, resolved and closed through the command API; then every reader on the query side, which
 * is eventually consistent, is polled until it tells the same story. The same steps run against every
 * configuration: only where the two APIs answer differs.
 */
abstract class OneComplaintThroughBothSidesScenario {

    static final String COMPLAINTS = "/api/complaints";

    /** Where the command API answers. */
    abstract URI commandSide();

    /** Where the query API answers: the same service as the command side in the embedded configuration. */
    abstract URI querySide();

    @Test
    @DisplayName("R1-R3: lodged, acknowledged, assigned, resolved and closed; queue, case view, SLA clocks and history agree")
    void oneComplaintThroughBothSides() {
        Api commands = new Api(commandSide());
        Api queries = new Api(querySide());
        String id = "e2e-" + UUID.randomUUID();
        String complaint = COMPLAINTS + "/" + id;

        // by letter, so that staff acknowledge it (a written complaint with an address is acknowledged automatically, R2)
        String reference = commands.command("POST", COMPLAINTS, "intake", """
                {"complaintId":"%s","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The blood-pressure monitor arrived broken","product":"BP monitor"}""".formatted(id))
                .path("reference").asText();
        queries.await("/api/queue?size=100", "agent", queue -> lists(queue, id));

        commands.command("POST", complaint + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        commands.command("PUT", complaint + "/handler", "agent", "{\"handler\":\"agent2\"}");
        commands.resolve(complaint, "agent2",
                "{\"outcome\":\"UPHELD\",\"remedy\":\"Replacement sent\",\"rootCause\":\"packaging\",\"customerSignposted\":false}");
        commands.command("POST", complaint + "/closure", "agent", "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}");

        queries.await("/api/queue?size=100", "agent", queue -> !lists(queue, id));

        JsonNode view = queries.await(complaint, "agent", c -> c.path("status").asText().equals("CLOSED"));
        assertThat(view.path("reference").asText()).isEqualTo(reference);
        assertThat(view.path("handler").asText()).isEqualTo("agent2");
        assertThat(view.path("outcome").asText()).isEqualTo("UPHELD");
        assertThat(view.path("closureReason").asText()).isEqualTo("ACCEPTED_BY_CUSTOMER");

        JsonNode acknowledgement = clock(queries.await(complaint + "/sla", "agent",
                sla -> clock(sla, "ACKNOWLEDGEMENT").path("verdict").asText().equals("MET")), "ACKNOWLEDGEMENT");
        assertThat(acknowledgement.path("metAt").isTextual()).as("when the acknowledgement was met").isTrue();
        assertThat(acknowledgement.path("metOriginalDeadline").asBoolean()).isTrue();

        JsonNode history = queries.await("/api/audit/complaints/" + id + "/history", "auditor", h -> true);
        assertThat(history.path("reference").asText()).isEqualTo(reference);
        assertThat(field(history, "type")).containsExactly(
                "ComplaintLodged", "ComplaintAcknowledged", "ComplaintAssigned", "CustomerCommunicationRecorded",
                "ComplaintResolved", "ComplaintClosed", "RetentionScheduled"); // R8.2: the closure schedules the erasure
        assertThat(field(history, "sequence")).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(field(history, "actor")).containsExactly("intake", "agent", "agent", "agent2", "agent2", "agent",
                "agent");
    }

    private static boolean lists(JsonNode queue, String id) {
        for (JsonNode item : queue.path("items")) {
            if (item.path("complaintId").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode clock(JsonNode sla, String kind) {
        for (JsonNode clock : sla.path("clocks")) {
            if (clock.path("kind").asText().equals(kind)) {
                return clock;
            }
        }
        return MissingNode.getInstance();
    }

    private static List<String> field(JsonNode history, String name) {
        List<String> values = new ArrayList<>();
        history.path("events").forEach(event -> values.add(event.path(name).asText()));
        return values;
    }
}
