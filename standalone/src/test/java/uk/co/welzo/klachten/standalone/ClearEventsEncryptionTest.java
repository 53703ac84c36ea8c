package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;

/**
 * The events the previous release stored in clear ({@link PreviousReleaseStore}) are encrypted in place at the first
 * start of this release (issue #17): the bytes on disk hold none of the people's data, every reader reads what it read
 * before, the auditors' chain still verifies, and erasing a complainant then covers their whole history.
 */
class ClearEventsEncryptionTest {

    /**
     * Every name, contact detail and free text the previous release stored, as it stored them (a letter's signposting,
     * "You may contact Citizens Advice.", names outside bodies, not the customer, and stays as it was).
     */
    private static final List<String> IN_CLEAR = List.of(
            "Ann Example", "ann@example.org", "+44 20 7946 0000", "The blood-pressure monitor arrived broken",
            "ORD-1001", "It broke in transit, not a defect", "Called the courier: the box was crushed",
            "Was the parcel damaged in packing?", "Packed without padding", "Awaiting the courier report",
            "Progress update, reason for delay and new date", "Explained findings, offered a refund",
            "Refund of the monitor", "The monitor was packed without padding.", "Wants a replacement too",
            "Replacement sent", "A replacement is due.",
            "Bob Example", "bob@example.org", "Nobody called me back", "Sorted out on the phone",
            "Cy Example", "+44 20 7946 0001", "Rude on the phone");
    /** The rows with a personal text: lodged ×3, recategorised, note, question, answer, extension, communications ×2,
     * resolutions ×2, letters ×2, escalation, withdrawal. */
    private static final int ROWS_WITH_PERSONAL_TEXT = 16;

    @TempDir
    Path dataDir;

    /** The event store: the service's own pool while it runs (its file is open), else a connection of the test's. */
    private Store store = () -> PreviousReleaseStore.open(dataDir);

    interface Store {
        Connection open() throws SQLException;
    }

    @Test
    @DisplayName("the previous release's events are encrypted on disk at start-up, read as before, chain intact, erasable")
    void encryptsThePreviousReleasesEventsInPlace() throws Exception {
        PreviousReleaseStore.load(dataDir);
        Map<Long, String> metaDataBefore = column("metaData");
        assertThat(payloadsContainingAny(IN_CLEAR)).as("the previous release stored them in clear").isNotEmpty();
        assertThat(inTheFile(IN_CLEAR)).isNotEmpty();

        try (RunningService service = RunningService.start(dataDir)) {
            store = service.bean(DataSource.class)::getConnection;
            assertThat(payloadsContainingAny(IN_CLEAR)).as("rows still holding personal data in clear").isEmpty();
            assertThat(payloadsContainingAny(List.of("\"pd1:"))).hasSize(ROWS_WITH_PERSONAL_TEXT);
            assertThat(column("metaData")).as("the chain's metadata, untouched").isEqualTo(metaDataBefore);
            assertThat(recorded()).containsExactly((long) ROWS_WITH_PERSONAL_TEXT, 27L);

            // the readers read what they read before: the case view and the auditors' history, decrypted
            JsonNode closed = service.awaitView("/api/complaints/c-1001", "agent",
                    view -> view.path("timeline").size() == 18);
            assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
            JsonNode lodged = history(service, "c-1001").get(0).path("payload");
            assertThat(lodged.path("complainant").path("email").asText()).isEqualTo("ann@example.org");
            assertThat(lodged.path("description").asText()).isEqualTo("The blood-pressure monitor arrived broken");
            for (String complaint : List.of("c-1001", "c-1002", "c-1003")) {
                assertThat(integrity(service, complaint).path("intact").asBoolean())
                        .as(complaint + ": " + integrity(service, complaint)).isTrue();
            }

            // erasure now covers the whole history of Bob's complaint, and only his
            service.bean(SubjectKeys.class).erase("c-1002", Instant.now());
            JsonNode erased = history(service, "c-1002");
            assertThat(erased.get(0).path("payload").path("complainant").path("name").asText())
                    .isEqualTo(PersonalData.ERASED);
            assertThat(erased.get(0).path("payload").path("complainant").path("email").asText())
                    .isEqualTo(PersonalData.ERASED);
            assertThat(erased.get(0).path("payload").path("description").asText()).isEqualTo(PersonalData.ERASED);
            assertThat(ofType(erased, "ComplaintWithdrawn").path("payload").path("reason").asText())
                    .isEqualTo(PersonalData.ERASED);
            assertThat(erased.toString()).doesNotContain("Bob Example", "bob@example.org", "Nobody called me back",
                    "Sorted out on the phone");
            JsonNode verified = integrity(service, "c-1002");
            assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.path("erasedFields").asInt()).isEqualTo(3);
            assertThat(history(service, "c-1001").get(0).path("payload").path("complainant").path("name").asText())
                    .isEqualTo("Ann Example");
            assertThat(integrity(service, "c-1001").path("intact").asBoolean()).isTrue();
        }

        store = () -> PreviousReleaseStore.open(dataDir);
        assertThat(inTheFile(IN_CLEAR)).as("H2 dropped the old pages when the service closed the file").isEmpty();
        Map<Long, String> payloadsAfterFirstStart = column("payload");
        try (RunningService again = RunningService.start(dataDir)) {
            store = again.bean(DataSource.class)::getConnection;
            assertThat(column("payload")).as("a later start leaves the store as it is").isEqualTo(payloadsAfterFirstStart);
            assertThat(recorded()).as("and records nothing again").containsExactly((long) ROWS_WITH_PERSONAL_TEXT, 27L);
        }
    }

    @Test
    @DisplayName("with klachten.data-protection.encrypt-stored-events=false the rows stay as they were stored")
    void leavesTheStoreAloneWhenTurnedOff() throws Exception {
        PreviousReleaseStore.load(dataDir);
        Map<Long, String> before = column("payload");
        try (RunningService service = RunningService.start(dataDir,
                "--klachten.data-protection.encrypt-stored-events=false")) {
            store = service.bean(DataSource.class)::getConnection;
            assertThat(column("payload")).isEqualTo(before);
            assertThat(recorded()).isEmpty();
        }
    }

    private static JsonNode history(RunningService service, String complaint) {
        return service.awaitView("/api/audit/complaints/" + complaint + "/history", "auditor", view -> true)
                .path("events");
    }

    private static JsonNode ofType(JsonNode events, String type) {
        for (JsonNode event : events) {
            if (type.equals(event.path("type").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + events);
    }

    private static JsonNode integrity(RunningService service, String complaint) {
        return service.awaitView("/api/audit/complaints/" + complaint + "/integrity", "auditor", view -> true);
    }

    /** The global indexes of the rows whose raw payload bytes contain any of {@code texts}. */
    private List<Long> payloadsContainingAny(List<String> texts) throws Exception {
        return column("payload").entrySet().stream()
                .filter(row -> texts.stream().anyMatch(row.getValue()::contains))
                .map(Map.Entry::getKey).toList();
    }

    /** Which of {@code texts} the event store's file holds anywhere, in a live page or not. */
    private List<String> inTheFile(List<String> texts) throws Exception {
        String file = new String(Files.readAllBytes(dataDir.resolve("events.mv.db")), StandardCharsets.ISO_8859_1);
        return texts.stream().filter(file::contains).toList();
    }

    /** One column of every row as it is stored, its bytes read as UTF-8, by global index. */
    private Map<Long, String> column(String name) throws Exception {
        Map<Long, String> values = new TreeMap<>();
        try (Connection connection = store.open();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT globalIndex, " + name + " FROM DomainEventEntry")) {
            while (rows.next()) {
                byte[] bytes = rows.getBytes(2);
                values.put(rows.getLong(1), bytes == null ? null : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** What the encryption recorded: events encrypted and highest global index, per run. */
    private List<Long> recorded() throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection connection = store.open();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT eventsEncrypted, highestGlobalIndex FROM StoredEventsEncryption")) {
            while (rows.next()) {
                values.add(rows.getLong(1));
                values.add(rows.getLong(2));
            }
        }
        return values;
    }
}
