package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.acknowledged;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.append;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.lodged;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/**
 * A failing projection never silently skips: a real poison (a lodged complaint whose reference
 * collides with another's, so the case view's unique index refuses it) is parked in the cases
 * group's dead-letter queue, the complaint's later events wait behind it, other complaints and
 * other read models keep flowing, and a retry after the cause is removed converges.
 */
class PoisonEventTest {

    @TempDir
    static Path dataDir;
    static RunningService service;
    static EventStore events;
    static MongoTemplate readModels;

    @BeforeAll
    static void start() {
        // the alarm clock would add warnings to these old complaints while the test watches them
        service = RunningService.start(dataDir, "--klachten.sla.alarms-enabled=false");
        events = service.bean(EventStore.class);
        readModels = service.bean(MongoTemplate.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    @DisplayName("a poison event is dead-lettered, later events wait behind it, others flow, and a retry after the fix converges")
    void poisonEventWaitsForTheFixAndThenConverges() {
        ComplaintId first = ComplaintId.of("poison-first");
        ComplaintId victim = ComplaintId.of("poison-victim");
        ComplaintId other = ComplaintId.of("poison-other");
        ComplaintLodged firstLodged = lodged(first);
        append(events, first, 0, firstLodged);
        service.awaitView("/api/complaints/poison-first", "agent", view -> true);

        // one append, so the processor meets the poison in the same batch as the healthy events
        events.publish(List.of(
                event(victim, 0, lodgedWithReference(victim, firstLodged.reference())),
                event(other, 0, lodged(other)),
                event(victim, 1, acknowledged(victim)),
                event(other, 1, acknowledged(other))));

        service.awaitView("/api/complaints/poison-other", "agent", view -> view.path("status").asText().equals("UNDER_INVESTIGATION"));
        JsonNode parked = awaitSequence("cases", "poison-victim", sequence -> sequence.path("size").asInt() == 2);
        JsonNode poison = parked.path("letters").get(0);
        assertThat(poison.path("eventType").asText()).isEqualTo("ComplaintLodged");
        assertThat(poison.path("aggregateId").asText()).isEqualTo("poison-victim");
        assertThat(poison.path("sequenceNumber").asLong()).isZero();
        assertThat(poison.path("causeType").asText()).contains("DuplicateKey");
        assertThat(poison.path("causeMessage").asText()).contains(firstLodged.reference().value());
        assertThat(poison.path("retries").asInt()).isZero();
        assertThat(Instant.parse(poison.path("enqueuedAt").asText())).isBeforeOrEqualTo(Instant.now());
        JsonNode waiting = parked.path("letters").get(1);
        assertThat(waiting.path("eventType").asText()).isEqualTo("ComplaintAcknowledged");
        assertThat(waiting.path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(waiting.path("causeType").isNull()).isTrue();

        // the later event was not applied, nor the poison; other read models took both events
        assertThat(service.send("GET", "/api/complaints/poison-victim", "agent", null).status()).isEqualTo(404);
        service.awaitView("/api/complaints/poison-victim/sla", "agent", view -> view.path("clocks").size() >= 2);
        assertThat(sequence("queue", "poison-victim")).isNull();
        assertThat(sequence("sla", "poison-victim")).isNull();

        // retrying before the fix fails again and says so
        JsonNode tooEarly = service.command("POST", "/api/admin/dead-letters/cases/retry", "admin", null).body();
        assertThat(tooEarly.path("converged").asInt()).isZero();
        assertThat(tooEarly.path("stillFailing").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(sequence("cases", "poison-victim").path("letters").get(0).path("retries").asInt()).isEqualTo(1);

        // the operator removes the cause; the retry applies the poison and the event behind it
        readModels.remove(query(where("_id").is("poison-first")), "cases");
        JsonNode fixed = service.command("POST", "/api/admin/dead-letters/cases/retry?sequenceId=poison-victim",
                "admin", null).body();
        assertThat(fixed.path("converged").asInt()).isEqualTo(1);
        assertThat(fixed.path("stillFailing").asInt()).isZero();
        assertThat(sequence("cases", "poison-victim")).isNull();
        JsonNode converged = service.send("GET", "/api/complaints/poison-victim", "agent", null).body();
        assertThat(converged.path("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(converged.path("reference").asText()).isEqualTo(firstLodged.reference().value());
        assertThat(converged.path("timeline").findValuesAsText("sequence")).containsExactly("0", "1");

        // and a later event of that complaint flows straight through again
        append(events, victim, 2, ComplaintEvents.assigned(victim));
        service.awaitView("/api/complaints/poison-victim", "agent", view -> view.path("handler").asText().equals("alice.handler"));
        assertThat(sequence("cases", "poison-victim")).isNull();
    }

    @Test
    @DisplayName("an evicted sequence leaves the queue for good; unknown groups and sequences are 404 problems")
    void evictionAndUnknowns() {
        ComplaintId first = ComplaintId.of("evict-first");
        ComplaintId victim = ComplaintId.of("evict-victim");
        ComplaintLodged firstLodged = lodged(first);
        append(events, first, 0, firstLodged);
        append(events, victim, 0, lodgedWithReference(victim, firstLodged.reference()));
        append(events, victim, 1, acknowledged(victim));
        awaitSequence("cases", "evict-victim", sequence -> sequence.path("size").asInt() == 2);

        assertThat(service.send("DELETE", "/api/admin/dead-letters/cases/sequences/evict-victim", "admin", null)
                .status()).isEqualTo(204);

        assertThat(sequence("cases", "evict-victim")).isNull();
        assertThat(service.send("GET", "/api/complaints/evict-victim", "agent", null).status()).isEqualTo(404);
        RunningService.Answer again = service.send("DELETE", "/api/admin/dead-letters/cases/sequences/evict-victim",
                "admin", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("code").asText()).isEqualTo("DEAD_LETTER_SEQUENCE_NOT_FOUND");
        RunningService.Answer unknownGroup = service.send("POST", "/api/admin/dead-letters/no-such-group/retry",
                "admin", null);
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.body().path("code").asText()).isEqualTo("PROCESSING_GROUP_NOT_FOUND");
    }

    private static JsonNode awaitSequence(String group, String sequenceId, Predicate<JsonNode> condition) {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        JsonNode sequence = sequence(group, sequenceId);
        while (sequence == null || !condition.test(sequence)) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("no such dead-letter sequence " + sequenceId + " in " + group + ": "
                        + service.send("GET", "/api/admin/dead-letters", "admin", null).body());
            }
            pause();
            sequence = sequence(group, sequenceId);
        }
        return sequence;
    }

    /** The group's dead-letter sequence of that id, or null. */
    private static JsonNode sequence(String group, String sequenceId) {
        RunningService.Answer answer = service.send("GET", "/api/admin/dead-letters", "admin", null);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode queue : answer.body()) {
            if (queue.path("group").asText().equals(group)) {
                for (JsonNode sequence : queue.path("sequences")) {
                    if (sequence.path("sequenceId").asText().equals(sequenceId)) {
                        return sequence;
                    }
                }
                return null;
            }
        }
        throw new AssertionError("no dead-letter queue for group " + group + ": " + answer.body());
    }

    private static GenericDomainEventMessage<?> event(ComplaintId id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Complaint", id.value(), sequence, payload);
    }

    /** Lodged as the aggregate would, but with a reference number another complaint already has. */
    private static ComplaintLodged lodgedWithReference(ComplaintId id, ReferenceNumber reference) {
        ComplaintLodged own = lodged(id);
        return new ComplaintLodged(id, reference, own.channel(), own.category(), own.complainant(), own.description(),
                own.orderNumber(), own.product(), own.occurredAt(), own.recordedAt(), own.acknowledgementDue(),
                own.acknowledgementWarningAt(), own.policyVersion(), own.actor());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
