package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;

/**
 * The texts inside an event's personal components that are still in clear: neither a token nor the erasure marker.
 * Each is named by the path the event serializer gives it ({@code complainant.email}, {@code items[0]}), which a token's
 * associated data binds it to, so a text encrypted here decrypts where the serializer reads it.
 */
final class PersonalTexts {

    private PersonalTexts() {
    }

    static boolean anyInClear(ObjectNode tree, List<String> personal) {
        boolean[] found = {false};
        replaceClear(tree.deepCopy(), personal, (path, text) -> {
            found[0] = true;
            return text;
        });
        return found[0];
    }

    /** Replaces each clear text inside the named components by {@code change} (path, text); members keep their order. */
    static void replaceClear(ObjectNode tree, List<String> personal, BiFunction<String, String, String> change) {
        for (String name : personal) {
            JsonNode value = tree.get(name);
            if (value != null && !value.isNull()) {
                tree.set(name, changed(value, name, change));
            }
        }
    }

    private static JsonNode changed(JsonNode value, String path, BiFunction<String, String, String> change) {
        if (value.isTextual()) {
            String text = value.textValue();
            return inClear(text) ? TextNode.valueOf(change.apply(path, text)) : value;
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
        return value; // numbers and booleans are not personal texts, as the serializer has it
    }

    private static boolean inClear(String text) {
        return !SubjectKey.isToken(text) && !PersonalData.ERASED.equals(text);
    }
}
