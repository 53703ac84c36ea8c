package uk.co.welzo.klachten.platform.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.PersonalFields;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKeys;

/**
 * The tamper-evident chain over each aggregate's events (R8.2): every event carries in its metadata
 * a SHA-256 hash of its own canonical form and of the previous event's hash, so altering, removing
 * or reordering a stored event breaks the chain at that event.
 *
 * <p>The hashed bytes are built from what never changes: the aggregate's type and id, the sequence
 * number, the event identifier, the payload type, the timestamp to the millisecond (the precision
 * every event store keeps) and the payload as canonical JSON (keys sorted, nulls left out, so a
 * field added to an event later leaves old hashes valid). Personal data fields ({@link #PERSONAL})
 * are not hashed as they are but as salted digests, which are also kept in the metadata
 * ({@code chain.personal}): after a field is erased (null) the recorded digest stands in for it, so
 * the chain of an erased person's complaint still verifies; a field still present must match its
 * digest. When erasure is done by crypto-shredding instead, the protected form is what is hashed
 * and nothing changes at all.
 *
 * <p>Command side writes with {@link #link}, the query side checks with {@link #verify}: the same
 * bytes from the same code.
 */
public final class EventChain {

    public static final String HASH = "chain.hash";
    public static final String PREVIOUS = "chain.previous";
    public static final String SALT = "chain.salt";
    public static final String PERSONAL_DIGESTS = "chain.personal";
    public static final String VERSION = "chain.version";
    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = "genesis";
    /** Unkeyed salted digests of the fields named in {@link #PERSONAL}: every event until data protection, and events with no data subject. */
    static final String FIRST_VERSION = "1";
    /** Digests keyed with the data subject's key, of the components the event declares {@code @PersonalData}. */
    static final String KEYED_VERSION = "2";
    /** The digest recorded for a personal value of a subject already erased when the event was stored. */
    static final String ERASED_DIGEST = "erased";

    /** Field names that hold personal data or free text, wherever they appear in a payload. */
    public static final Set<String> PERSONAL = Set.of("complainant", "description", "orderNumber", "summary",
            "note", "question", "answer", "remedy", "reason", "findings");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EventChain() {
    }

    /** The chain's metadata for one event, given the hash of the event before it. */
    public record Link(String hash, String previous, String salt, String personalDigests, String version) {

        public Map<String, String> metaData() {
            return Map.of(HASH, hash, PREVIOUS, previous, SALT, salt, PERSONAL_DIGESTS, personalDigests,
                    VERSION, version);
        }
    }

    /**
     * Links a new event to its predecessor: a fresh salt, the personal fields' digests, the hash. An event of a data
     * subject (a complaint's event with {@code @PersonalData} components) is linked at version 2: its personal
     * components, as declared, are digested with the subject's own key ({@link SubjectKey#digest}), so once that key is
     * erased nobody can test a guess against the digest; any other event at version 1, as before.
     */
    public static Link link(String previousHash, DomainEventMessage<?> event, SubjectKeys keys) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        JsonNode payload = JSON.valueToTree(event.getPayload());
        ObjectNode digests = JsonNodeFactory.instance.objectNode();
        List<String> declared = PersonalFields.of(event.getPayloadType());
        String subject = PersonalFields.subjectOf(event.getPayload());
        boolean keyed = !declared.isEmpty() && subject != null;
        String version = keyed ? KEYED_VERSION : FIRST_VERSION;
        if (payload instanceof ObjectNode object) {
            SubjectKey key = keyed ? keyOf(keys, subject) : null;
            object.fields().forEachRemaining(field -> {
                if ((keyed ? declared.contains(field.getKey()) : PERSONAL.contains(field.getKey()))
                        && !field.getValue().isNull()) {
                    digests.put(field.getKey(), keyed ? keyedDigest(key, salt, field.getValue())
                            : digest(salt, field.getValue()));
                }
            });
        }
        String personal = canonical(digests);
        return new Link(hash(version, previousHash, event, payload, salt, digests, keyed ? declared : PERSONAL),
                previousHash, salt, personal, version);
    }

    /** The subject's key, or null when the subject was erased (nothing of theirs is stored then, only the marker). */
    private static SubjectKey keyOf(SubjectKeys keys, String subject) {
        try {
            return keys.obtain(subject);
        } catch (SubjectKeys.SubjectErasedException erased) {
            return null;
        }
    }

    private static String keyedDigest(SubjectKey key, String salt, JsonNode value) {
        return key == null ? ERASED_DIGEST : key.digest(salt + "\n" + canonical(value));
    }

    /** What a stored event's chain says of itself. */
    public sealed interface Check {
    }

    /** The event and its link are as they were written. */
    public record Intact(String hash, int erasedFields) implements Check {
    }

    /** The event no longer matches its link: why, in words. */
    public record Broken(String reason) implements Check {
    }

    /** Checks one stored event against the hash its predecessor ended with. */
    public static Check verify(String expectedPrevious, DomainEventMessage<?> event, SubjectKeys keys) {
        Map<String, String> meta = new TreeMap<>();
        event.getMetaData().forEach((key, value) -> meta.put(key, value == null ? null : value.toString()));
        String hash = meta.get(HASH);
        if (hash == null) {
            return new Broken("the event carries no chain hash");
        }
        if (!expectedPrevious.equals(meta.get(PREVIOUS))) {
            return new Broken("the event links to " + meta.get(PREVIOUS) + " but the event before it ends with "
                    + expectedPrevious);
        }
        String version = meta.getOrDefault(VERSION, FIRST_VERSION);
        boolean keyed = KEYED_VERSION.equals(version);
        if (!keyed && !FIRST_VERSION.equals(version)) {
            return new Broken("its chain version " + version + " is unknown to this verifier");
        }
        String salt = meta.get(SALT);
        JsonNode recordedDigests;
        try {
            recordedDigests = JSON.readTree(String.valueOf(meta.get(PERSONAL_DIGESTS)));
        } catch (JsonProcessingException e) {
            return new Broken("its personal-data digests are unreadable");
        }
        JsonNode payload;
        try {
            payload = JSON.valueToTree(event.getPayload());
        } catch (RuntimeException unreadable) {
            return new Broken("its payload is unreadable");
        }
        Collection<String> personal = keyed ? PersonalFields.of(event.getPayloadType()) : PERSONAL;
        String subject = PersonalFields.subjectOf(event.getPayload());
        SubjectKeys.State subjectKey = keyed ? keys.lookup(String.valueOf(subject))
                : subject != null && !PersonalFields.of(event.getPayloadType()).isEmpty() ? keys.lookup(subject) : null;
        // a version-1 event of an erased subject reads as the marker where it held plaintext: its digest stands in
        boolean erasedSubject = subjectKey instanceof SubjectKeys.Erased;
        ObjectNode digests = JsonNodeFactory.instance.objectNode();
        int erased = 0;
        Iterator<Map.Entry<String, JsonNode>> recorded = recordedDigests.fields();
        while (recorded.hasNext()) {
            Map.Entry<String, JsonNode> entry = recorded.next();
            JsonNode value = payload.get(entry.getKey());
            if (value == null || value.isNull() || ((keyed || erasedSubject) && erasedValue(value))) {
                erased++;
            } else if (keyed) {
                if (!(subjectKey instanceof SubjectKeys.Active active)) {
                    return new Broken("its field " + entry.getKey() + " cannot be checked: its data subject's key is missing");
                }
                if (!keyedDigest(active.key(), salt, value).equals(entry.getValue().asText())) {
                    return new Broken("its field " + entry.getKey() + " differs from what was recorded");
                }
            } else if (!digest(salt, value).equals(entry.getValue().asText())) {
                return new Broken("its field " + entry.getKey() + " differs from what was recorded");
            }
            digests.put(entry.getKey(), entry.getValue().asText());
        }
        if (payload instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (personal.contains(name) && !object.get(name).isNull() && !digests.has(name)) {
                    return new Broken("its field " + name + " was not there when it was recorded");
                }
            }
        }
        String recomputed = hash(version, expectedPrevious, event, payload, salt, digests, personal);
        if (recomputed.equals(hash)) {
            return new Intact(hash, erased);
        }
        if (erasedSubject && payload instanceof ObjectNode object) {
            List<String> hashedInClear = PersonalFields.of(event.getPayloadType()).stream()
                    .filter(name -> !PERSONAL.contains(name) && object.hasNonNull(name) && erasedValue(object.get(name)))
                    .toList();
            if (!hashedInClear.isEmpty()) {
                return new Broken("its " + String.join(", ", hashedInClear) + ", hashed in clear before data protection "
                        + "(chain version 1), was erased since: this event can no longer be checked against its hash");
            }
        }
        return new Broken("its content no longer matches its hash");
    }

    /** True when every text in {@code value} is what erasure left (its subject's key is gone). */
    private static boolean erasedValue(JsonNode value) {
        if (value.isTextual()) {
            return PersonalData.ERASED.equals(value.textValue());
        }
        if (value.isContainerNode()) {
            boolean anyText = false;
            for (JsonNode child : value) {
                if (child.isNull()) {
                    continue;
                }
                if (!erasedValue(child)) {
                    return false;
                }
                anyText = true;
            }
            return anyText;
        }
        return false;
    }

    private static String hash(String version, String previous, DomainEventMessage<?> event, JsonNode payload,
                               String salt, ObjectNode digests, Collection<String> personal) {
        JsonNode hashed = payload;
        if (payload instanceof ObjectNode object) {
            ObjectNode protectedForm = object.deepCopy();
            personal.forEach(protectedForm::remove);
            protectedForm.set("#personal", digests);
            hashed = protectedForm;
        }
        String input = String.join("\n", "klachten-chain/" + version, previous, salt,
                String.valueOf(event.getType()), event.getAggregateIdentifier(),
                Long.toString(event.getSequenceNumber()), event.getIdentifier(), event.getPayloadType().getName(),
                event.getTimestamp().truncatedTo(ChronoUnit.MILLIS).toString(), canonical(hashed));
        return sha256(input);
    }

    private static String digest(String salt, JsonNode value) {
        return sha256(salt + "\n" + canonical(value));
    }

    /** JSON with object keys sorted and null members left out: the same tree always gives the same bytes. */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    sorted.put(field.getKey(), field.getValue());
                }
            });
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((key, value) -> out.append(out.length() > 1 ? "," : "")
                    .append(JsonNodeFactory.instance.textNode(key)).append(':').append(canonical(value)));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(element -> out.append(out.length() > 1 ? "," : "").append(canonical(element)));
            return out.append(']').toString();
        }
        return node.toString();
    }

    private static String sha256(String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
