package uk.co.welzo.klachten.query.dataprotection;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.co.welzo.klachten.platform.dataprotection.BlindIndex;
import uk.co.welzo.klachten.query.readmodel.Erasure;
import uk.co.welzo.klachten.query.readmodel.Identifiers;

/**
 * A person's blind-index entries, by what they were made from ({@value #EMAIL}, {@value #PHONE}, {@value #NAME}):
 * normalised as the staff search normalises ({@link Identifiers}), then keyed by the {@link BlindIndex}. A value that
 * is blank, not a phone number, or the erasure marker makes none.
 */
final class BlindIndexEntries {

    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String NAME = "name";

    private BlindIndexEntries() {
    }

    /** Each entry and the kind of identifier it was made from. */
    static Map<String, String> of(BlindIndex index, String email, String phone, String name) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Erasure.isErased(email) && Identifiers.email(email) != null) {
            entries.put(index.of(EMAIL, Identifiers.email(email)), EMAIL);
        }
        if (!Erasure.isErased(phone)) {
            Identifiers.phone(phone).ifPresent(number -> entries.put(index.of(PHONE, number), PHONE));
        }
        if (!Erasure.isErased(name) && Identifiers.name(name) != null) {
            entries.put(index.of(NAME, Identifiers.name(name)), NAME);
        }
        return entries;
    }
}
