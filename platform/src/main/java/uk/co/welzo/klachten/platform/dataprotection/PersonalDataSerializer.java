package uk.co.welzo.klachten.platform.dataprotection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.security.GeneralSecurityException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.co.welzo.klachten.api.PersonalData;

/**
 * The event serializer with personal data encrypted (R8.2). Every text inside a component its event marks
 * {@link PersonalData} is stored as an AES-GCM token under the data subject's key ({@link SubjectKey}); everything else
 * is stored as Jackson writes it. Reading gives the texts back while the key exists, and {@link PersonalData#ERASED}
 * once it was erased, also for texts stored in clear before this release. So the event store, the dead-letter queue
 * (which stores events through this serializer too) and every reader obey one declaration, and no handler decrypts.
 *
 * <p>A text that no longer decrypts under its subject's key (altered, or moved from another event) reads as
 * {@link #UNREADABLE}; the event chain then reports the event as altered. Nothing of an erased subject is written again:
 * their texts are stored as {@link PersonalData#ERASED}.
 */
public final class PersonalDataSerializer implements Serializer {

    /** What a text that fails to decrypt under its subject's key reads as. */
    public static final String UNREADABLE = "[personal data unreadable]";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataSerializer.class);

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final Supplier<SubjectKeys> keyStore;
    private volatile SubjectKeys keys;

    public PersonalDataSerializer(JacksonSerializer delegate, SubjectKeys keys) {
        this(delegate, () -> keys);
    }

    /**
     * The key store is looked up when the first event with personal data is written or read: a service that sends
     * only commands and queries (the web console) never needs one.
     */
    public PersonalDataSerializer(JacksonSerializer delegate, Supplier<SubjectKeys> keyStore) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keyStore = keyStore;
    }

    private SubjectKeys keys() {
        SubjectKeys known = keys;
        if (known == null) {
            known = keyStore.get();
            keys = known;
        }
        return known;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        List<String> personal = object == null ? List.of() : PersonalFields.of(object.getClass());
        String subject = PersonalFields.subjectOf(object);
        if (personal.isEmpty() || subject == null) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        if (keys().lookup(subject) instanceof SubjectKeys.Erased) {
            protect(tree, personal, (path, text) -> PersonalData.ERASED);
        } else {
            SubjectKey key = keys().obtain(subject);
            protect(tree, personal, key::encrypt);
        }
        try {
            SerializedObject<byte[]> bytes = new SimpleSerializedObject<>(mapper.writeValueAsBytes(tree), byte[].class,
                    typeForClass(object.getClass()));
            return delegate.getConverter().convert(bytes, expectedRepresentation);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write a " + object.getClass().getSimpleName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        List<String> personal = PersonalFields.of(type);
        if (personal.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode read = delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
        if (!(read instanceof ObjectNode tree)) {
            return delegate.deserialize(serializedObject);
        }
        ObjectNode node = JsonNode.class.equals(serializedObject.getContentType()) ? tree.deepCopy() : tree;
        String subject = node.path(PersonalFields.SUBJECT_MEMBER).asText(null);
        if (subject != null) {
            reveal(node, personal, subject);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(node, JsonNode.class, serializedObject.getType()));
    }

    /** Each text of the subject's personal components as stored: decrypted, or erased. */
    private void reveal(ObjectNode node, List<String> personal, String subject) {
        if (!containsText(node, personal)) {
            return;
        }
        SubjectKeys.State state = keys().lookup(subject);
        if (state instanceof SubjectKeys.Unknown && containsToken(node, personal)) {
            state = keys().lookupFresh(subject);
        }
        SubjectKeys.State known = state;
        protect(node, personal, (path, text) -> {
            if (known instanceof SubjectKeys.Erased) {
                return PersonalData.ERASED;
            }
            if (!SubjectKey.isToken(text)) {
                return text; // stored in clear before encryption, and the subject not erased
            }
            if (!(known instanceof SubjectKeys.Active active)) {
                log.error("A personal text of subject {} at {} was encrypted under a key the key store does not hold",
                        subject, path);
                return UNREADABLE;
            }
            try {
                return active.key().decrypt(path, text);
            } catch (GeneralSecurityException altered) {
                log.warn("A personal text of subject {} at {} does not decrypt under its key: altered or moved",
                        subject, path);
                return UNREADABLE;
            }
        });
    }

    /**
     * Applies {@code change} (path, text) to every text inside the named components, each named by its path
     * ({@code complainant.email}, {@code items[0]}), which a token's associated data binds it to.
     */
    public static void protect(ObjectNode tree, List<String> personal, BiFunction<String, String, String> change) {
        for (String name : personal) {
            JsonNode value = tree.get(name);
            if (value != null && !value.isNull()) {
                tree.set(name, changed(value, name, change));
            }
        }
    }

    private static JsonNode changed(JsonNode value, String path, BiFunction<String, String, String> change) {
        if (value.isTextual()) {
            return TextNode.valueOf(change.apply(path, value.textValue()));
        }
        if (value instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isNull()) {
                    field.setValue(changed(field.getValue(), path + "." + field.getKey(), change));
                }
            }
            return object;
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, changed(array.get(i), path + "[" + i + "]", change));
            }
            return array;
        }
        return value; // numbers and booleans are not personal texts
    }

    private static boolean containsText(ObjectNode tree, List<String> personal) {
        for (String name : personal) {
            JsonNode value = tree.get(name);
            if (value != null && !value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsToken(ObjectNode tree, List<String> personal) {
        boolean[] found = {false};
        ObjectNode copy = tree.deepCopy();
        protect(copy, personal, (path, text) -> {
            found[0] |= SubjectKey.isToken(text);
            return text;
        });
        return found[0];
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
