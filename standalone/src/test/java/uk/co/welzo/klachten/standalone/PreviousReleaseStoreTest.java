package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events written by the previous release load and replay in this one (issue #16, event versions). The rows are the
 * event store of release 848459d after it took three complaints through every step its API offered
 * ({@code released/848459d/}, with how they were made): revision-1 events, among them the acknowledgements and the
 * stage-2 forwarding this release changed. This release starts on them with empty read models, so every read model is
 * built from the old rows through the upcaster chain, and the aggregates load from them to decide new commands.
 */
class PreviousReleaseStoreTest {

    private static final String B = "/api/complaints/";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("a store the previous release wrote replays into every read model and its complaints take new commands")
    void thePreviousReleasesStoreLoadsAndReplays() throws Exception {
        int rows = PreviousReleaseStore.load(dataDir);
        assertThat(rows).isEqualTo(27);

        try (RunningService service = RunningService.start(dataDir)) {
            // the read models replay the old rows: the closed two-stage case, whole
            JsonNode closed = service.awaitView(B + "c-1001", "agent", view -> view.path("timeline").size() == 18);
            assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.path("stage").asText()).isEqualTo("TWO");
            assertThat(closed.path("reference").asText()).isEqualTo("Q0G-3N9-1TP");
            assertThat(closed.path("category").asText()).isEqualTo("OTHER");
            assertThat(closed.path("timeline").findValuesAsText("type")).contains("EscalationAcknowledged",
                    "LetterWritten", "DeadlineExtended", "ExternalReferralRecorded", "ComplaintClosed");
            JsonNode withdrawn = service.awaitView(B + "c-1002", "agent", view -> view.path("timeline").size() == 3);
            assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");

            // the auditors read the old rows through the same chain, and the hashes still verify what was stored
            JsonNode history = service.awaitView("/api/audit/complaints/c-1001/history", "auditor", view -> true);
            JsonNode acknowledged = history.path("events").get(1);
            assertThat(acknowledged.path("summary").asText()).startsWith("Acknowledged to the customer by email;");
            assertThat(acknowledged.path("payload").has("reference"))
                    .as("read as revision 2, the reference it gave not known to that release").isTrue();
            assertThat(acknowledged.path("payload").path("reference").isNull()).isTrue();
            assertThat(history.path("events").get(13).path("summary").asText()).contains("Morgan Price (Warehouse)");
            JsonNode integrity = service.awaitView("/api/audit/complaints/c-1001/integrity", "auditor", view -> true);
            assertThat(integrity.path("intact").asBoolean()).as(integrity.toString()).isTrue();
            assertThat(integrity.path("eventsChecked").asInt()).isEqualTo(18);

            // the aggregates load from the old rows: what they did is remembered, what comes next is decided on it
            assertThat(service.send("POST", B + "c-1003/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}").status())
                    .as("acknowledged by the previous release").isEqualTo(409);
            assertThat(service.send("POST", B + "c-1001/closure", "agent", "{\"reason\":\"FINAL_RESPONSE_GIVEN\"}")
                    .status()).as("closed by the previous release").isEqualTo(409);
            service.command("POST", B + "c-1003/notes", "agent", "{\"note\":\"Listened to the call recording\"}");
            JsonNode open = service.awaitView(B + "c-1003", "agent", view -> view.path("timeline").size() == 4);
            assertThat(open.path("status").asText()).isEqualTo("UNDER_INVESTIGATION");

            // the reference numbers the previous release reserved stay taken
            JsonNode lodged = service.command("POST", "/api/complaints", "intake", """
                    {"complaintId":"c-2001","channel":"EMAIL","category":"SERVICE",
                     "complainant":{"name":"Dee Example","email":"dee@example.org"},"description":"Late parcel"}""")
                    .body();
            assertThat(lodged.path("reference").asText()).isNotIn("Q0G-3N9-1TP", "K6H-MJ4-Q78", "E0X-MRJ-RJJ");
            // an e-mail complaint with an address is acknowledged by the service, as this release writes it
            service.awaitView(B + "c-2001", "agent", view -> "UNDER_INVESTIGATION".equals(view.path("status").asText()));
        }
        assertThat(storedRevisions()).as("old rows keep their revision, read through the upcaster chain; new ones are current")
                .containsExactlyInAnyOrder("1", "2");
    }

    private List<String> storedRevisions() throws Exception {
        List<String> revisions = new ArrayList<>();
        try (Connection store = PreviousReleaseStore.open(dataDir);
             Statement sql = store.createStatement();
             ResultSet rows = sql.executeQuery("SELECT DISTINCT payloadRevision FROM DomainEventEntry")) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        }
        return revisions;
    }
}
