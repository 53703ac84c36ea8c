package uk.co.welzo.klachten.query.readmodel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.co.welzo.klachten.api.Text;

/**
 * How what identifies a complainant is normalised, in one place for every read model that finds people by it (the
 * staff search, the data-protection officer's subject index): e-mail addresses trimmed and lower-cased; phone numbers
 * in E.164 with the United Kingdom as the default country (Google's libphonenumber); names folded (accents off, lower
 * case) and split into words.
 */
public final class Identifiers {

    private static final String DEFAULT_REGION = "GB";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Identifiers() {
    }

    /** The address trimmed and lower-cased; null when blank. */
    public static String email(String email) {
        return Text.isBlank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The number in E.164 when it is a possible number (UK by default), otherwise nothing. */
    public static Optional<String> phone(String phone) {
        if (Text.isBlank(phone)) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(phone, DEFAULT_REGION);
            return PHONES.isPossibleNumber(parsed)
                    ? Optional.of(PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The words of a name, folded: accents off, lower case, split on anything that is not a letter or digit. */
    public static List<String> words(String name) {
        if (Text.isBlank(name)) {
            return List.of();
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The whole name folded, its words joined by one space; null when it has none. */
    public static String name(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
