package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auditors on the running embedded service: one complaint driven over HTTP through both stages over
 * Christmas 2026, with a department request, an extension and an escalation acknowledged by a letter
 * typed in a day late; then its history, its state at several instants, a deadline explained, the
 * hash chain verified, the exports, the access log and the returns, all checked against
 * hand-computed expectations (the same timeline as query-side's TwoStageCase).
 */
class AuditTrailEndToEndTest {

    static final String ID = "audit-e2e";
    static final String SLOW_SCAN_INTERVAL = "--klachten.sla.scan-interval=PT1H";
    static final String SLOW_SCAN_DELAY = "--klachten.sla.scan-initial-delay=PT1H";
    static final Map<String, String> USERS = QueryRoleMatrixTest.USERS;

    @TempDir
    static Path dataDir;
    static RunningService service;
    static AuditHttp http;
    static MovableClock clock;
    static String reference;

    @BeforeAll
    static void driveOneComplaintThroughBothStages() {
        clock = new MovableClock(Instant.parse("2026-12-22T10:00:00Z"));
        MovableClock.Installed.clock = clock;
        service = RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, SLOW_SCAN_INTERVAL, SLOW_SCAN_DELAY);
        http = new AuditHttp(service);
        String c = "/api/complaints/" + ID;
        reference = service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"audit-e2e","channel":"LETTER","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"The monitor arrived <broken>","product":"BP monitor",
                 "receivedAt":"2026-12-21T09:00:00Z"}""").body().get("reference").asText();
        at("2026-12-24T10:00:00Z");
        service.command("POST", c + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        at("2026-12-24T11:00:00Z");
        service.command("PUT", c + "/handler", "agent", "{\"handler\":\"agent\"}");
        at("2026-12-29T09:00:00Z");
        service.command("POST", c + "/department-requests", "agent",
                "{\"inquiryId\":\"wh-1\",\"department\":\"WAREHOUSE_MANAGEMENT\",\"question\":\"Packed without padding?\"}");
        at("2027-01-04T15:00:00Z");
        service.command("POST", c + "/department-requests/wh-1/answer", "agent", "{\"answer\":\"Yes, no padding\"}");
        at("2027-01-11T10:00:00Z");
        service.command("POST", c + "/deadline-extensions", "head", """
                {"newDeadline":"2027-01-20","reason":"Awaiting supplier test report","communicationId":"ext-1",
                 "channel":"EMAIL","summary":"Awaiting the supplier's report; new date 20 January"}""");
        at("2027-01-15T12:00:00Z");
        service.resolve(c, "agent",
                "{\"outcome\":\"PARTLY_UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"packaging\",\"customerSignposted\":false}");
        at("2027-01-18T09:00:00Z");
        service.command("POST", c + "/escalation", "agent", "{\"reason\":\"Wants a replacement too\"}");
        at("2027-01-21T09:00:00Z");
        service.command("POST", c + "/escalation/acknowledgement", "head",
                "{\"managerUserName\":\"manager\",\"managerName\":\"Sam Manager\",\"department\":\"Warehouse\",\"occurredAt\":\"2027-01-20T10:00:00Z\"}");
        at("2027-02-02T14:00:00Z");
        service.resolve(c, "manager",
                "{\"outcome\":\"UPHELD\",\"remedy\":\"Replacement sent\",\"rootCause\":\"supplier defect\",\"customerSignposted\":true,"
                        + "\"review\":{\"summary\":\"Reviewed the complaint and the stage-1 resolution\",\"furtherAction\":\"Replacement sent\"}}");
        at("2027-02-03T09:00:00Z");
        service.command("POST", c + "/closure", "agent", "{\"reason\":\"FINAL_RESPONSE_GIVEN\"}");
        at("2027-03-01T10:00:00Z");
    }

    private static void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("R6.1 the full history from the event store, by id and by reference, every event with both times")
    void fullHistoryFromTheEventStore() {
        JsonNode history = http.json("/api/audit/complaints/" + ID + "/history", "auditor");
        List<String> types = new ArrayList<>();
        history.path("events").forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly("ComplaintLodged", "ComplaintAcknowledged", "ComplaintAssigned",
                "DepartmentInputRequested", "DepartmentInputReceived", "DeadlineExtended", "CustomerCommunicationRecorded",
                "CustomerCommunicationRecorded", "ComplaintResolved", "ComplaintEscalated", "EscalationAcknowledged",
                "CustomerCommunicationRecorded", "ComplaintResolved", "ComplaintClosed", "RetentionScheduled");
        JsonNode lodged = history.path("events").get(0);
        assertThat(lodged.path("sequence").asLong()).isZero();
        assertThat(lodged.path("occurredAt").asText()).isEqualTo("2026-12-21T09:00:00Z");
        assertThat(lodged.path("recordedAt").asText()).isEqualTo("2026-12-22T10:00:00Z");
        assertThat(lodged.path("actor").asText()).isEqualTo("intake");
        assertThat(lodged.path("summary").asText()).isEqualTo("Complaint received by letter in category product defect, "
                + "reference " + reference + "; to be acknowledged by 2026-12-23T09:00:00Z (policy 2026-11-1).");
        assertThat(lodged.path("payload").path("complainant").path("name").asText()).isEqualTo("Ann Example");
        JsonNode escalationAcknowledged = history.path("events").get(10);
        assertThat(escalationAcknowledged.path("occurredAt").asText()).isEqualTo("2027-01-20T10:00:00Z");
        assertThat(escalationAcknowledged.path("recordedAt").asText()).isEqualTo("2027-01-21T09:00:00Z");
        assertThat(history.path("events").get(5).path("reason").asText()).isEqualTo("Awaiting supplier test report");

        String typed = reference.replace("-", "").toLowerCase();
        assertThat(http.json("/api/audit/complaints/by-reference/" + typed + "/history", "auditor")).isEqualTo(history);
        String mistyped = (reference.charAt(0) == 'A' ? 'B' : 'A') + reference.substring(1);
        AuditHttp.Reply refused = http.get("/api/audit/complaints/by-reference/" + mistyped + "/history", "auditor");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo("INVALID_REFERENCE_NUMBER");
        assertThat(http.get("/api/audit/complaints/nobody/history", "auditor").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("R5.3, R1.3 the complaint as it stood at several instants, by recorded and by business time")
    void asAtSeveralInstants() {
        JsonNode before = asAt("2026-12-21T12:00:00Z", "recorded");
        assertThat(before.path("status").isNull()).as("nothing on record on Monday").isTrue();
        JsonNode monday = asAt("2026-12-21T12:00:00Z", "occurred");
        assertThat(monday.path("status").asText()).as("but the letter had arrived").isEqualTo("RECEIVED");
        assertThat(monday.path("deadlinesInForce").get(0).path("due").asText()).isEqualTo("2026-12-23T09:00:00Z");

        JsonNode investigating = asAt("2026-12-30T12:00:00Z", "recorded");
        assertThat(investigating.path("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(investigating.path("handler").asText()).isEqualTo("agent");
        assertThat(dues(investigating)).containsExactly("STAGE_ONE_RESOLUTION 2027-01-13T00:00:00Z",
                "DEPARTMENT_RESPONSE 2027-01-05T00:00:00Z");
        assertThat(investigating.path("openDepartmentRequests").get(0).path("inquiryId").asText()).isEqualTo("wh-1");
        assertThat(investigating.path("customerTold")).hasSize(1);

        JsonNode extended = asAt("2027-01-12T12:00:00Z", "recorded");
        assertThat(dues(extended)).containsExactly("STAGE_ONE_RESOLUTION 2027-01-21T00:00:00Z");
        assertThat(extended.path("deadlinesInForce").get(0).path("originalDue").asText()).isEqualTo("2027-01-13T00:00:00Z");
        assertThat(extended.path("openDepartmentRequests")).isEmpty();
        assertThat(extended.path("customerTold").get(1).path("what").asText())
                .isEqualTo("Awaiting the supplier's report; new date 20 January");

        JsonNode onRecord = asAt("2027-01-20T12:00:00Z", "recorded");
        assertThat(onRecord.path("status").asText()).isEqualTo("ESCALATED");
        assertThat(onRecord.path("stage").asText()).isEqualTo("TWO");
        assertThat(dues(onRecord)).containsExactly("ESCALATION_ACKNOWLEDGEMENT_TARGET 2027-01-26T00:00:00Z",
                "ESCALATION_ACKNOWLEDGEMENT_LIMIT 2027-02-02T00:00:00Z");
        JsonNode happened = asAt("2027-01-20T12:00:00Z", "occurred");
        assertThat(happened.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(dues(happened)).containsExactly("STAGE_TWO_RESOLUTION 2027-02-04T00:00:00Z");

        JsonNode closed = asAt("2027-02-05T00:00:00Z", "recorded");
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("deadlinesInForce")).isEmpty();
        assertThat(closed.path("customerTold")).as("with the calls that told the findings (R3.3)").hasSize(6);
        assertThat(closed.path("steps")).as("with the retention the closure scheduled (R8.2)").hasSize(15);
    }

    @Test
    @DisplayName("R3.4, R5 the stage-1 deadline explained: Christmas skipped, extended, met late against the original")
    void explainsTheStageOneDeadline() {
        JsonNode then = http.json("/api/audit/complaints/" + ID + "/deadlines/STAGE_ONE_RESOLUTION?at=2027-01-12T12:00:00Z", "auditor");
        assertThat(then.path("setByEvent").asText()).isEqualTo("ComplaintAcknowledged");
        assertThat(then.path("policyVersion").asText()).isEqualTo("2026-11-1");
        List<String> skipped = new ArrayList<>();
        then.path("nonWorkingDaysSkipped").forEach(day -> skipped.add(day.asText()));
        assertThat(skipped).containsExactly("2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28", "2027-01-01",
                "2027-01-02", "2027-01-03", "2027-01-09", "2027-01-10");
        assertThat(then.path("extensions").get(0).path("newDue").asText()).isEqualTo("2027-01-21T00:00:00Z");
        assertThat(then.path("verdict").asText()).isEqualTo("RUNNING");

        JsonNode now = http.json("/api/audit/complaints/" + ID + "/deadlines/STAGE_ONE_RESOLUTION", "auditor");
        assertThat(now.path("judgedAt").asText()).isEqualTo("2027-03-01T10:00:00Z");
        assertThat(now.path("metAt").asText()).isEqualTo("2027-01-15T12:00:00Z");
        assertThat(now.path("verdict").asText()).isEqualTo("MET");
        assertThat(now.path("verdictAgainstOriginal").asText()).isEqualTo("MISSED");

        JsonNode department = http.json("/api/audit/complaints/" + ID + "/deadlines/DEPARTMENT_RESPONSE?inquiryId=wh-1", "auditor");
        assertThat(department.path("verdict").asText()).isEqualTo("MET");
        assertThat(http.get("/api/audit/complaints/" + ID + "/deadlines/DEPARTMENT_RESPONSE", "auditor").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R8.2 the complaint's hash chain is intact")
    void chainIsIntact() {
        JsonNode verification = http.json("/api/audit/complaints/" + ID + "/integrity", "auditor");
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("eventsChecked").asInt()).isEqualTo(15);
        assertThat(verification.path("firstBreak").isNull()).isTrue();
        assertThat(verification.path("headHash").asText()).hasSize(64);
        JsonNode history = http.json("/api/audit/complaints/" + ID + "/history", "auditor");
        assertThat(history.path("events").get(14).path("chainHash").asText())
                .as("the last event carries the head of the chain").isEqualTo(verification.path("headHash").asText());
    }

    @Test
    @DisplayName("export for a regulator: JSON by default, a self-contained escaped HTML page on request")
    void exportsJsonAndHtml() {
        String path = "/api/audit/complaints/" + ID + "/history";
        assertThat(http.get(path, "auditor", "Accept", "application/json").contentType()).startsWith("application/json");
        for (AuditHttp.Reply page : List.of(http.get(path + "?format=html", "auditor"),
                http.get(path, "auditor", "Accept", "text/html,application/xhtml+xml"))) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Case history of complaint audit-e2e")
                    .contains("The monitor arrived &lt;broken&gt;").doesNotContain("<broken>")
                    .contains("Exported 2027-03-01T10:00:00Z by auditor");
        }
    }

    @Test
    @DisplayName("R8.1, R8.2 every read of a complaint's details or history is logged: who, when, what, from where")
    void everyReadIsLogged() {
        String marker = "audit-test/" + System.nanoTime();
        at("2027-03-02T08:00:00Z");
        try {
            http.get("/api/complaints/" + ID, "agent", "X-Forwarded-For", "203.0.113.7", "User-Agent", marker);
            http.get("/api/complaints/by-reference/" + reference, "manager", "User-Agent", marker);
            http.get("/api/audit/complaints/" + ID + "/history", "auditor", "User-Agent", marker);
            http.get("/api/audit/complaints/by-reference/" + reference + "/history", "auditor", "User-Agent", marker);
            http.get("/api/audit/complaints/" + ID + "/as-at?at=2027-01-01T00:00:00Z", "auditor", "User-Agent", marker);
            http.get("/api/audit/complaints/" + ID + "/integrity", "auditor", "User-Agent", marker);
            http.get("/api/audit/complaints/" + ID + "/history", "analyst", "User-Agent", marker);
        } finally {
            at("2027-03-01T10:00:00Z");
        }
        // an entry is written once its response has gone out, so the last one may land a moment later
        List<JsonNode> marked = new ArrayList<>();
        for (int attempt = 0; attempt < 50 && marked.size() < 6; attempt++) {
            marked.clear();
            http.json("/api/audit/access-log?complaintId=" + ID + "&from=2027-03-02T08:00:00Z", "auditor")
                    .forEach(entry -> {
                        if (marker.equals(entry.path("userAgent").asText())) {
                            marked.add(entry);
                        }
                    });
            if (marked.size() < 6) {
                sleep(100);
            }
        }
        List<String> reads = new ArrayList<>();
        for (JsonNode entry : marked) {
            reads.add(entry.path("user").asText() + " " + entry.path("endpoint").asText());
            assertThat(entry.path("at").asText()).isEqualTo("2027-03-02T08:00:00Z");
            assertThat(entry.path("complaintId").asText()).isEqualTo(ID);
            assertThat(entry.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        }
        assertThat(reads).as("the analyst was refused and saw nothing").containsExactlyInAnyOrder(
                "agent GET /api/complaints/{complaintId}",
                "manager GET /api/complaints/by-reference/{reference}",
                "auditor GET /api/audit/complaints/{complaintId}/history",
                "auditor GET /api/audit/complaints/by-reference/{reference}/history",
                "auditor GET /api/audit/complaints/{complaintId}/as-at",
                "auditor GET /api/audit/complaints/{complaintId}/integrity");
        JsonNode agentRead = marked.stream().filter(entry -> "agent".equals(entry.path("user").asText())).findFirst().orElseThrow();
        assertThat(agentRead.path("forwardedFor").asText()).isEqualTo("203.0.113.7");
        JsonNode byAgent = http.json("/api/audit/access-log?user=agent&from=2027-03-02T08:00:00Z&to=2027-03-02T08:00:01Z", "auditor");
        assertThat(byAgent).hasSize(1);
    }

    @Test
    @DisplayName("R6.1 returns as at a date: the same asAt gives the same figures later")
    void returnsAsAtADate() {
        String december = "/api/audit/returns?from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z";
        JsonNode afterStageOne = http.json(december + "&asAt=2027-01-16T00:00:00Z", "auditor");
        assertThat(afterStageOne.path("received").asInt()).isEqualTo(1);
        assertThat(afterStageOne.path("resolved").asInt()).isEqualTo(1);
        assertThat(afterStageOne.path("byOutcome").path("PARTLY_UPHELD").asInt()).isEqualTo(1);
        assertThat(afterStageOne.path("byTimeToResolution").path("UP_TO_4_WEEKS").asInt()).as("25 days").isEqualTo(1);

        JsonNode whileEscalated = http.json(december + "&asAt=2027-01-19T00:00:00Z", "admin");
        assertThat(whileEscalated.path("resolved").asInt()).as("escalated: stage 1 is no longer final").isZero();
        assertThat(whileEscalated.path("unresolved").asInt()).isEqualTo(1);

        JsonNode finalFigures = http.json(december, "auditor");
        assertThat(finalFigures.path("asAt").asText()).isEqualTo("2027-03-01T10:00:00Z");
        assertThat(finalFigures.path("byOutcome").path("UPHELD").asInt()).isEqualTo(1);
        assertThat(finalFigures.path("byTimeToResolution").path("MORE_THAN_4_UP_TO_8_WEEKS").asInt()).as("43 days").isEqualTo(1);
        assertThat(http.json(december + "&asAt=2027-01-16T00:00:00Z", "auditor")).isEqualTo(afterStageOne);
    }

    @Test
    @DisplayName("R8.1 audit endpoints: auditors 200 (returns: auditors and admins), other roles 403, anonymous 401")
    void roleMatrix() {
        String c = "/api/audit/complaints/" + ID;
        List<String> auditorOnly = List.of(c + "/history", "/api/audit/complaints/by-reference/" + reference + "/history",
                c + "/as-at?at=2027-01-01T00:00:00Z", c + "/deadlines/ACKNOWLEDGEMENT", c + "/integrity",
                c + "/history?format=html", "/api/audit/access-log");
        for (String path : auditorOnly) {
            assertMatrix(path, Set.of("AUDITOR"));
        }
        assertMatrix("/api/audit/returns?from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z", Set.of("AUDITOR", "ADMIN"));
    }

    private static void assertMatrix(String path, Set<String> allowed) {
        for (var user : USERS.entrySet()) {
            assertThat(http.get(path, user.getKey()).status()).as("%s as %s", path, user.getValue())
                    .isEqualTo(allowed.contains(user.getValue()) ? 200 : 403);
        }
        assertThat(http.get(path, null).status()).as("%s anonymous", path).isEqualTo(401);
    }

    private static JsonNode asAt(String instant, String basis) {
        return http.json("/api/audit/complaints/" + ID + "/as-at?at=" + instant + "&basis=" + basis, "auditor");
    }

    private static List<String> dues(JsonNode view) {
        List<String> dues = new ArrayList<>();
        view.path("deadlinesInForce").forEach(d -> dues.add(d.path("kind").asText() + " " + d.path("due").asText()));
        return dues;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
