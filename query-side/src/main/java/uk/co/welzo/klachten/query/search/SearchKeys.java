package uk.co.welzo.klachten.query.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.query.readmodel.Erasure;
import uk.co.welzo.klachten.query.readmodel.Identifiers;

/**
 * The staff search's keys: what a complaint is found by, normalised the same way when it is lodged and when staff
 * type. Names are folded (accents off, lower case) and split into words; e-mail addresses trimmed and lower-cased;
 * phone numbers put in E.164 with the United Kingdom as the default country (Google's libphonenumber); order numbers
 * lower-cased without spaces. Each key is a kind and a value ({@code n:}, {@code f:}, {@code e:}, {@code p:},
 * {@code o:}, {@code r:}). Prefix matching is by keys for the starts of a value ({@value #MIN_PREFIX} to {@value #MAX_PREFIX}
 * characters; a shorter value has its whole self as key), so every lookup is by id: the embedded in-process MongoDB has no text index and ignores secondary
 * indexes, and a scan of every complaint per keystroke would not do.
 */
final class SearchKeys {

    /** Starts shorter than this find only a whole value of that length (a two-letter name, say). */
    static final int MIN_PREFIX = 3;
    static final int MAX_PREFIX = 12;
    static final String NAME = "n:";
    /** The whole name, its words in the order written: the starts that reach into the second word. */
    static final String FULL_NAME = "f:";
    static final String EMAIL = "e:";
    static final String PHONE = "p:";
    static final String ORDER = "o:";
    static final String REFERENCE = "r:";

    private SearchKeys() {
    }

    /** Every key a complaint is found by; an erased value (R8.2) finds nothing. */
    static List<String> of(String name, String email, String phone, String orderNumber, String reference) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> words = Erasure.isErased(name) ? List.of() : words(name);
        for (String word : words) {
            prefixes(NAME, word, keys);
        }
        fullName(words).ifPresent(full -> fullNamePrefixes(full, words.get(0).length(), keys));
        String mail = Erasure.isErased(email) ? null : email(email);
        if (mail != null) {
            keys.add(EMAIL + mail);
            int at = mail.indexOf('@');
            prefixes(EMAIL, at > 0 ? mail.substring(0, at) : mail, keys);
        }
        (Erasure.isErased(phone) ? Optional.<String>empty() : phone(phone)).ifPresent(number -> keys.add(PHONE + number));
        String order = Erasure.isErased(orderNumber) ? null : order(orderNumber);
        if (order != null) {
            keys.add(ORDER + order);
            prefixes(ORDER, order, keys);
        }
        if (reference != null) {
            keys.add(REFERENCE + reference);
        }
        return List.copyOf(keys);
    }

    /** The words of a name, folded: accents off, lower case, split on anything that is not a letter or digit. */
    static List<String> words(String name) {
        return Identifiers.words(name);
    }

    /**
     * The words of a name joined by one space, when there are two or more: a common first name and a common surname
     * each find thousands of complaints, more than a key keeps, so "Olivia Smi" is looked up by its own key.
     */
    static Optional<String> fullName(List<String> words) {
        return words.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The starts of a full name from the first letter of its second word up to {@value #MAX_PREFIX} characters. */
    private static void fullNamePrefixes(String fullName, int firstWordLength, Set<String> keys) {
        for (int length = firstWordLength + 2; length <= Math.min(fullName.length(), MAX_PREFIX); length++) {
            keys.add(FULL_NAME + fullName.substring(0, length));
        }
    }

    static String email(String email) {
        return Identifiers.email(email);
    }

    /** The number in E.164 when it is a possible number (UK by default), otherwise nothing. */
    static Optional<String> phone(String phone) {
        return Identifiers.phone(phone);
    }

    static String order(String orderNumber) {
        return Text.isBlank(orderNumber) ? null : orderNumber.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The reference typed, when it is one (check character included). */
    static Optional<String> reference(String typed) {
        try {
            return Optional.of(ReferenceNumber.parse(typed.strip()).value());
        } catch (RuntimeException notAReference) {
            return Optional.empty();
        }
    }

    /** The key a typed start of a value is looked up by: the value itself up to {@value #MAX_PREFIX} characters. */
    static String prefixKey(String kind, String start) {
        return kind + (start.length() > MAX_PREFIX ? start.substring(0, MAX_PREFIX) : start);
    }

    private static void prefixes(String kind, String value, Set<String> keys) {
        if (value.length() < MIN_PREFIX) {
            keys.add(kind + value);
            return;
        }
        for (int length = MIN_PREFIX; length <= Math.min(value.length(), MAX_PREFIX); length++) {
            keys.add(kind + value.substring(0, length));
        }
    }
}
