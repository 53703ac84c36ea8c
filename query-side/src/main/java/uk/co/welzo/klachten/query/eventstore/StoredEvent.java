package uk.co.welzo.klachten.query.eventstore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.co.welzo.klachten.platform.integrity.EventChain;

/**
 * One event as the store holds it, with the times every event of ours carries: when it happened
 * (business time, {@code occurredAt}) and when it was recorded ({@code recordedAt}); an event
 * without a business time happened when it was recorded, and one without either when it was stored.
 */
public record StoredEvent(long sequence, String eventIdentifier, Object payload, Instant occurredAt, Instant recordedAt,
                   Instant storedAt, String actor, String reason, String chainHash) {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public static StoredEvent of(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        JsonNode tree = JSON.valueToTree(payload);
        Instant stored = message.getTimestamp();
        Instant recorded = instant(tree.get("recordedAt"), stored);
        Instant occurred = instant(tree.get("occurredAt"), recorded);
        JsonNode actor = tree.path("actor");
        String actorName = actor.isObject() ? actor.path("name").asText(null) : actor.isTextual() ? actor.asText() : null;
        JsonNode reason = tree.path("reason");
        Object hash = message.getMetaData().get(EventChain.HASH);
        return new StoredEvent(message.getSequenceNumber(), message.getIdentifier(), payload, occurred, recorded,
                stored, actorName, reason.isValueNode() && !reason.isNull() ? reason.asText() : null,
                hash == null ? null : hash.toString());
    }

    public String type() {
        return payload.getClass().getSimpleName();
    }

    public Map<String, Object> fields() {
        return JSON.convertValue(payload, new TypeReference<Map<String, Object>>() { });
    }

    public boolean countsAt(Instant at, uk.co.welzo.klachten.api.audit.AsAtBasis basis) {
        Instant when = basis == uk.co.welzo.klachten.api.audit.AsAtBasis.OCCURRED ? occurredAt : recordedAt;
        return !when.isAfter(at);
    }

    private static Instant instant(JsonNode node, Instant fallback) {
        return node != null && node.isTextual() ? Instant.parse(node.asText()) : fallback;
    }
}
