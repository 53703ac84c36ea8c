package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.welzo.klachten.api.PersonalData;

/**
 * R8.2 end to end: two people's complaints lodged, handled and closed; one person erased; every read model rebuilt.
 * The erased person's name, e-mail, phone and texts appear nowhere (events as stored, read models, exports, logs,
 * dead letters); the other person's data is intact; trends and SLA figures are unchanged; the chain verifies intact.
 */
class ErasureEndToEndTest {

    private static final String B = "/api/complaints/";
    /** What only the person to be erased wrote or is: each must vanish everywhere. */
    private static final List<String> ERASED_PERSON = List.of("Xanthe Pemberton-Quirk", "xanthe.pq@example.org",
            "7700900456", "7700 900456", "ORD-XQ-4417", "Quirkstone lavender tincture leaked", "Pemberton-Quirk",
            "xanthe.pq");
    /** The other person's: each must still be readable where staff read it. */
    private static final String OTHER_NAME = "Barnaby Oddleigh";
    private static final String OTHER_EMAIL = "barnaby.o@example.org";

    /** One window for every figure read before and after, so the answers compare as a whole. */
    private static final Instant FROM = Instant.now().minusSeconds(40L * 86_400);
    private static final Instant TO = Instant.now().plusSeconds(86_400);

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R8.2: erasing one person leaves nothing of them, the other person intact, every figure and the chain as they were")
    void erasureKeepsTheHistoryAndMakesThePersonUnreadable() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (RunningService service = RunningService.start(dataDir)) {
            Instant received = Instant.now().minusSeconds(3 * 86_400);
            handleAndClose(service, "erase-1", ERASED_PERSON.get(0), ERASED_PERSON.get(1), "+44 7700 900456",
                    "ORD-XQ-4417", "Quirkstone lavender tincture leaked in the box", received);
            handleAndClose(service, "keep-1", OTHER_NAME, OTHER_EMAIL, "+44 7700 900789", "ORD-BO-1",
                    "Oddleigh vitamin tub arrived open", received);
            for (String group : List.of("cases", "queue", "sla", "trends", "search", "data-protection")) {
                service.awaitCaughtUp(group);
            }
            JsonNode trendsBefore = trends(service);
            JsonNode slaBefore = sla(service);
            JsonNode exportBefore = export(service, ERASED_PERSON.get(1));
            assertThat(exportBefore.toString()).contains(ERASED_PERSON.get(0));

            RunningService.Answer erased = service.send("POST", B + "erase-1/erasure", "dpo", """
                    {"ground":"CONSENT_WITHDRAWN","requester":"DATA_SUBJECT","requestReference":"DSR-2026-0099"}""");
            assertThat(erased.status()).isBetween(200, 204);
            assertThat(service.send("POST", B + "keep-1/erasure", "agent", """
                    {"ground":"CONSENT_WITHDRAWN","requester":"DATA_SUBJECT","requestReference":"x"}""").status())
                    .isEqualTo(403);
            service.awaitView(B + "erase-1", "agent",
                    view -> PersonalData.ERASED.equals(view.path("complainant").path("name").asText()));
            service.awaitCaughtUp("key-shredding");

            // every read model rebuilt from the events, which now read the person as erased
            RunningService.Answer replay = service.send("POST", "/api/admin/replays", "admin", "{\"group\":\"all\"}");
            assertThat(replay.status()).isEqualTo(202);
            ReplayTest.awaitReplays(service, groups -> groups.findValuesAsText("percent").stream()
                    .allMatch("100"::equals) && !groups.findValuesAsText("replaying").contains("true"));
            for (String group : List.of("cases", "queue", "sla", "trends", "search", "data-protection")) {
                service.awaitCaughtUp(group);
            }

            JsonNode erasedView = service.awaitView(B + "erase-1", "agent",
                    view -> PersonalData.ERASED.equals(view.path("complainant").path("name").asText()));
            assertThat(erasedView.path("status").asText()).isEqualTo("CLOSED");
            assertThat(erasedView.path("outcome").asText()).isEqualTo("PARTLY_UPHELD");
            assertThat(erasedView.path("rootCause").asText()).isEqualTo("leaking seal");
            JsonNode keptView = service.awaitView(B + "keep-1", "agent", view -> true);
            assertThat(keptView.path("complainant").path("name").asText()).isEqualTo(OTHER_NAME);
            assertThat(keptView.path("complainant").path("email").asText()).isEqualTo(OTHER_EMAIL);
            assertThat(keptView.path("description").asText()).contains("Oddleigh vitamin tub");

            assertThat(trends(service)).as("trends unchanged by erasure").isEqualTo(trendsBefore);
            assertThat(sla(service)).as("SLA figures unchanged by erasure").isEqualTo(slaBefore);

            JsonNode chain = service.send("GET", "/api/audit/complaints/erase-1/integrity", "auditor", null).body();
            assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
            assertThat(chain.path("erasedFields").asInt()).isPositive();
            assertThat(service.send("GET", "/api/audit/complaints/keep-1/integrity", "auditor", null).body()
                    .path("intact").asBoolean()).isTrue();
            JsonNode history = service.send("GET", "/api/audit/complaints/erase-1/history", "auditor", null).body();
            assertThat(history.toString()).contains("PersonalDataErased", "consent withdrawn", "DSR-2026-0099");

            // subject access: the erased person is found no more; the other one in full
            assertThat(service.send("POST", "/api/data-protection/subjects/search", "dpo",
                    "{\"email\":\"" + ERASED_PERSON.get(1) + "\"}").body().toString()).doesNotContain("erase-1");
            assertThat(export(service, OTHER_EMAIL).toString()).contains(OTHER_NAME, "Oddleigh vitamin tub");

            List<String> places = new ArrayList<>();
            places.add("the history: " + history);
            places.add("the erased case view: " + erasedView);
            places.add("the audit as-at view: " + service.send("GET", "/api/audit/complaints/erase-1/as-at?at="
                    + Instant.now(), "auditor", null).body());
            places.add("the export of the other person: " + export(service, OTHER_EMAIL));
            places.addAll(storedEvents(service));
            places.addAll(readModels(service));
            for (ILoggingEvent line : logs.list) {
                places.add("log: " + line.getFormattedMessage()
                        + (line.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(line.getThrowableProxy())));
            }
            for (String place : places) {
                for (String value : ERASED_PERSON) {
                    assertThat(place).as("the erased person's '%s' must appear nowhere", value).doesNotContain(value);
                }
            }
            assertThat(storedEvents(service)).as("the other person is stored encrypted too")
                    .noneMatch(row -> row.contains(OTHER_NAME) || row.contains(OTHER_EMAIL));
        } finally {
            root.detachAppender(logs);
        }
    }

    private static void handleAndClose(RunningService service, String id, String name, String email, String phone,
                                       String order, String description, Instant received) {
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"%s","channel":"EMAIL","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"%s","email":"%s","phone":"%s","postalAddress":"%s House, Leeds"},
                 "description":"%s","orderNumber":"%s","product":"Tincture","receivedAt":"%s"}"""
                .formatted(id, name, email, phone, name, description, order, received));
        service.awaitView(B + id, "agent", view -> true);
        // acknowledged by the service's own e-mail (R2) or, if it has not yet, by the agent
        service.send("POST", B + id + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        service.awaitView(B + id, "agent", view -> !"RECEIVED".equals(view.path("status").asText()));
        service.command("POST", B + id + "/notes", "agent", "{\"note\":\"Rang " + name + " about " + description + "\"}");
        service.command("POST", B + id + "/department-requests", "agent",
                "{\"inquiryId\":\"q-" + id + "\",\"department\":\"WAREHOUSE_MANAGEMENT\",\"question\":\"Did "
                        + name + "'s parcel leave sealed?\"}");
        service.command("POST", B + id + "/department-requests/q-" + id + "/answer", "agent",
                "{\"answer\":\"Seal of order " + order + " was loose\"}");
        service.resolve(B + id, "agent", "{\"outcome\":\"PARTLY_UPHELD\",\"remedy\":\"Refund to " + email
                + "\",\"rootCause\":\"leaking seal\",\"customerSignposted\":true}");
        service.command("POST", B + id + "/closure", "agent", "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}");
        service.awaitView(B + id, "agent", view -> "CLOSED".equals(view.path("status").asText()));
    }

    private static JsonNode trends(RunningService service) {
        String window = "from=" + FROM + "&to=" + TO;
        List<JsonNode> figures = new ArrayList<>();
        for (String dimension : List.of("CATEGORY", "CHANNEL", "PRODUCT", "ROOT_CAUSE")) {
            figures.add(service.send("GET", "/api/trends/counts?dimension=" + dimension + "&period=MONTH&" + window,
                    "analyst", null).body());
        }
        figures.add(service.send("GET", "/api/trends/response-times?" + window, "analyst", null).body());
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(figures);
    }

    private static JsonNode sla(RunningService service) {
        // the figures, not the moment they were asked at (asOf)
        return service.send("GET", "/api/sla/compliance?period=MONTH&from=" + FROM + "&to=" + TO, "analyst", null).body()
                .path("periods");
    }

    private static JsonNode export(RunningService service, String email) {
        RunningService.Answer answer = service.send("POST", "/api/data-protection/subjects/export", "dpo",
                "{\"email\":\"" + email + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** Every stored event row, payload and metadata as text, as an attacker with a copy of the store would read it. */
    private static List<String> storedEvents(RunningService service) {
        return new JdbcTemplate(service.bean(DataSource.class)).query(
                "SELECT payloadType, payload, metaData FROM DomainEventEntry", (row, n) -> "stored event "
                        + row.getString(1) + ": " + new String(row.getBytes(2), StandardCharsets.UTF_8) + " "
                        + (row.getBytes(3) == null ? "" : new String(row.getBytes(3), StandardCharsets.UTF_8)));
    }

    /** Every document of every collection of the read models' database (read models, outbox, access log, dead letters). */
    private static List<String> readModels(RunningService service) {
        MongoDatabase database = service.bean(MongoClient.class).getDatabase("klachten");
        List<String> documents = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                documents.add(collection + ": " + document.toJson());
            }
        }
        return documents;
    }
}
