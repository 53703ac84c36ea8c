package uk.co.welzo.klachten.standalone;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiFunction;
import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.platform.dataprotection.PersonalDataSerializer;
import uk.co.welzo.klachten.platform.dataprotection.SubjectKey;

/**
 * The texts inside an event's personal components that are still in clear: neither a token nor the erasure marker.
 * Each is named by the path the event serializer gives it ({@code complainant.email}, {@code items[0]}): the walk is the
 * serializer's own ({@link PersonalDataSerializer#protect}), so a text encrypted here decrypts where the serializer
 * reads it.
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
        PersonalDataSerializer.protect(tree, personal, (path, text) -> inClear(text) ? change.apply(path, text) : text);
    }

    private static boolean inClear(String text) {
        return !SubjectKey.isToken(text) && !PersonalData.ERASED.equals(text);
    }
}
