package uk.co.welzo.klachten.api.correspondence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages letters are written in, by their ISO 639 code in JSON ({@code en}, {@code nl}). */
public enum LetterLanguage {
    @JsonProperty("en") ENGLISH,
    @JsonProperty("nl") DUTCH;

    public String code() {
        return this == DUTCH ? "nl" : "en";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of {@code code}; empty for a code letters are not written in. */
    public static Optional<LetterLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
