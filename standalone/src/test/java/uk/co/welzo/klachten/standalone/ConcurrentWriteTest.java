package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.event.InvestigationNoteRecorded;

/**
 * A write that loses a race on the embedded event store is a 409 with a stable code, not a 500, and
 * nothing of it is stored: while a note is being committed another writer stores the complaint's next
 * event, so the H2 table's unique (aggregate, sequence) key refuses the note when the unit of work commits.
 */
class ConcurrentWriteTest {

    static final String C = "/api/complaints/race-1";

    @TempDir
    static Path dataDir;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(dataDir, new Class<?>[] {RacingWriter.class}, "--klachten.sla.alarms-enabled=false");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("a note that loses the race is answered 409 CONCURRENT_MODIFICATION, is not stored, and succeeds when sent again")
    void lostRaceIsAConflict() {
        // by letter, so that staff acknowledge it (a written complaint with an address is acknowledged automatically, R2)
        service.command("POST", "/api/complaints", "intake", """
                {"complaintId":"race-1","channel":"LETTER","category":"SERVICE",
                 "complainant":{"name":"Ann Example","email":"ann@example.org"},
                 "description":"Nobody called me back"}""");
        service.command("POST", C + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");

        RunningService.Answer lost = service.send("POST", C + "/notes", "agent", "{\"note\":\"Called the customer\"}");

        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.body().path("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(lost.body().path("type").asText()).endsWith("/concurrent-modification");
        assertThat(actorsOfNotes()).containsExactly("other-writer");

        RacingWriter.racing = false;
        service.command("POST", C + "/notes", "agent", "{\"note\":\"Called the customer\"}");
        assertThat(actorsOfNotes()).containsExactly("other-writer", "agent");
    }

    private static List<String> actorsOfNotes() {
        JsonNode history = service.awaitView("/api/audit/complaints/race-1/history", "auditor", h -> true);
        List<String> actors = new ArrayList<>();
        history.path("events").forEach(event -> {
            if (event.path("type").asText().equals("InvestigationNoteRecorded")) {
                actors.add(event.path("actor").asText());
            }
        });
        return actors;
    }

    /**
     * While a note on a "race-" complaint commits, stores that complaint's next event from another thread,
     * as a second command-side instance would during a rebalance. Deliberately not a {@code @Configuration}:
     * component scanning would otherwise install it in every test's service.
     */
    static class RacingWriter {

        static volatile boolean racing = true;

        @Autowired
        void raceNotes(CommandBus commandBus, EventStore events) {
            commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (racing && unitOfWork.getMessage().getPayload() instanceof RecordInvestigationNote note
                        && note.complaintId().value().startsWith("race-")) {
                    // before the event store's own prepare-commit step, which appends the note
                    unitOfWork.onPrepareCommit(committing -> CompletableFuture
                            .runAsync(() -> storeNextEvent(events, note.complaintId())).join());
                }
                return chain.proceed();
            });
        }

        private static void storeNextEvent(EventStore events, ComplaintId id) {
            long next = events.lastSequenceNumberFor(id.value()).orElse(-1L) + 1;
            Instant now = Instant.now();
            ComplaintEvents.append(events, id, next,
                    new InvestigationNoteRecorded(id, "Written elsewhere", now, now, new Actor("other-writer")));
        }
    }
}
