package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/**
 * R8.2 tamper evidence on the real store: a complaint of five events (lodged, acknowledged,
 * assigned, two notes) verifies intact; then someone with access to the H2 file alters, removes
 * or reorders a row of DomainEventEntry, and verification names the first event that breaks.
 * Each damage on a fresh service and data directory.
 */
class AuditTamperEvidenceTest {

    static final String ID = "tamper-1";

    @TempDir
    Path dataDir;

    private static RunningService fiveEvents(Path dataDir) {
        RunningService service = RunningService.start(dataDir);
        String c = "/api/complaints/" + ID;
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"tamper-1","channel":"EMAIL","category":"SERVICE",
                 "complainant":{"name":"Eve Example"},"description":"Nobody called me back"}""");
        service.command("POST", c + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        service.command("PUT", c + "/handler", "agent", "{\"handler\":\"agent\"}");
        service.command("POST", c + "/notes", "agent", "{\"note\":\"the first note\"}");
        service.command("POST", c + "/notes", "agent", "{\"note\":\"the second note\"}");
        JsonNode intact = verify(service);
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("eventsChecked").asInt()).isEqualTo(5);
        return service;
    }

    private static JsonNode verify(RunningService service) {
        return new AuditHttp(service).json("/api/audit/complaints/" + ID + "/integrity", "auditor");
    }

    private static JdbcTemplate sql(RunningService service) {
        return new JdbcTemplate(service.bean(DataSource.class));
    }

    private static String eventIdentifier(RunningService service, long sequence) {
        return sql(service).queryForObject("SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", String.class, ID, sequence);
    }

    private static String payload(RunningService service, long sequence) {
        return sql(service).queryForObject("SELECT UTF8TOSTRING(payload) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? AND sequenceNumber = ?", String.class, ID, sequence);
    }

    private static String noteToken(String payload) {
        try {
            return new ObjectMapper().readTree(payload).path("note").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("a stored payload is not JSON", e);
        }
    }

    @Test
    @DisplayName("R8.2 an altered payload breaks the chain at that event")
    void alteredPayloadIsDetected() {
        try (RunningService service = fiveEvents(dataDir)) {
            String altered = eventIdentifier(service, 3);
            // the note is stored encrypted: the forger puts in the second note's token, which decrypts to its text
            String first = payload(service, 3);
            String second = payload(service, 4);
            String forged = first.replace(noteToken(first), noteToken(second));
            assertThat(forged).isNotEqualTo(first);
            int rows = sql(service).update("UPDATE DomainEventEntry SET payload = STRINGTOUTF8(?) "
                    + "WHERE aggregateIdentifier = ? AND sequenceNumber = 3", forged, ID);
            assertThat(rows).isEqualTo(1);

            JsonNode result = verify(service);
            assertThat(result.path("intact").asBoolean()).isFalse();
            assertThat(result.path("eventsChecked").asInt()).isEqualTo(3);
            assertThat(result.path("firstBreak").path("sequence").asLong()).isEqualTo(3);
            assertThat(result.path("firstBreak").path("eventIdentifier").asText()).isEqualTo(altered);
            assertThat(result.path("firstBreak").path("reason").asText()).isEqualTo("its field note differs from what was recorded");
        }
    }

    @Test
    @DisplayName("R8.2 an altered timestamp (a fact, not personal data) breaks the chain too")
    void alteredTimestampIsDetected() {
        try (RunningService service = fiveEvents(dataDir)) {
            sql(service).update("UPDATE DomainEventEntry SET timeStamp = '2020-01-01T00:00:00Z' "
                    + "WHERE aggregateIdentifier = ? AND sequenceNumber = 1", ID);

            JsonNode broken = verify(service).path("firstBreak");
            assertThat(broken.path("sequence").asLong()).isEqualTo(1);
            assertThat(broken.path("reason").asText()).isEqualTo("its content no longer matches its hash");
        }
    }

    @Test
    @DisplayName("R8.2 a removed event is reported as the gap where it was")
    void removedEventIsDetected() {
        try (RunningService service = fiveEvents(dataDir)) {
            int rows = sql(service).update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 2", ID);
            assertThat(rows).isEqualTo(1);

            JsonNode result = verify(service);
            assertThat(result.path("intact").asBoolean()).isFalse();
            assertThat(result.path("firstBreak").path("sequence").asLong()).isEqualTo(2);
            assertThat(result.path("firstBreak").path("reason").asText())
                    .isEqualTo("the event with sequence 2 is missing (the next stored event has sequence 3)");
        }
    }

    @Test
    @DisplayName("R8.2 two events swapped in order break the chain at the first of them")
    void reorderedEventsAreDetected() {
        try (RunningService service = fiveEvents(dataDir)) {
            String third = eventIdentifier(service, 3);
            JdbcTemplate sql = sql(service);
            sql.update("UPDATE DomainEventEntry SET sequenceNumber = -1 WHERE aggregateIdentifier = ? AND sequenceNumber = 2", ID);
            sql.update("UPDATE DomainEventEntry SET sequenceNumber = 2 WHERE aggregateIdentifier = ? AND sequenceNumber = 3", ID);
            sql.update("UPDATE DomainEventEntry SET sequenceNumber = 3 WHERE aggregateIdentifier = ? AND sequenceNumber = -1", ID);

            JsonNode broken = verify(service).path("firstBreak");
            assertThat(broken.path("sequence").asLong()).isEqualTo(2);
            assertThat(broken.path("eventIdentifier").asText()).isEqualTo(third);
            assertThat(broken.path("reason").asText()).startsWith("the event links to ");
        }
    }

    @Test
    @DisplayName("the event timestamp survives the JDBC store (an ISO string) to the millisecond the chain hashes, and the chain spans units of work")
    void timestampPrecisionSurvivesStorage() {
        try (RunningService service = fiveEvents(dataDir)) {
            EventStore store = service.bean(EventStore.class);
            Instant precise = Instant.parse("2027-01-04T15:00:00.123456789Z");
            store.publish(new GenericDomainEventMessage<>("Complaint", ID, 5,
                    new InvestigationNoteRecorded(ComplaintId.of(ID), "a precise note", precise, precise, new Actor("agent")),
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), precise));

            DomainEventMessage<?> readBack = store.readEvents(ID, 5).next();
            String stored = sql(service).queryForObject("SELECT timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                    + "AND sequenceNumber = 5", String.class, ID);
            // Axon's JDBC engine writes three fraction digits (Axon Server keeps epoch millis): the chain hashes no more
            assertThat(stored).isEqualTo("2027-01-04T15:00:00.123Z");
            assertThat(readBack.getTimestamp()).isEqualTo(precise.truncatedTo(ChronoUnit.MILLIS));
            assertThat(readBack.getMetaData().get(EventChain.PREVIOUS))
                    .isEqualTo(store.readEvents(ID, 4).next().getMetaData().get(EventChain.HASH));

            JsonNode result = verify(service);
            assertThat(result.path("intact").asBoolean()).isTrue();
            assertThat(result.path("eventsChecked").asInt()).isEqualTo(6);
        }
    }
}
