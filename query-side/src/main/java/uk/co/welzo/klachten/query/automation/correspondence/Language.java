package uk.co.welzo.klachten.query.automation.correspondence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The languages letters are written in, by their ISO 639 code. */
enum Language {
    @JsonProperty("en") ENGLISH,
    @JsonProperty("nl") DUTCH;

    String code() {
        return this == DUTCH ? "nl" : "en";
    }

    Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
