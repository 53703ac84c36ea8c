package uk.co.welzo.klachten.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows exists in English and in Dutch. Spring falls back to the English bundle for a key the Dutch
 * one lacks, so a missing translation shows no error: a Dutch-speaking member of staff just meets English in the middle
 * of a page. A placeholder left out (or added) shows a wrong or missing value. Both files are read as UTF-8, as Spring
 * Boot's message source reads them (spring.messages.encoding is not set, so its default UTF-8 applies).
 */
class MessageBundlesTest {

    /** {0}, {1,choice,...}: the argument index of each placeholder, also those nested in a choice format. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private static final Map<String, String> ENGLISH = load("messages.properties");
    private static final Map<String, String> DUTCH = load("messages_nl.properties");

    @Test
    void dutchHasEveryEnglishKeyAndNoOther() {
        Set<String> missing = new TreeSet<>(ENGLISH.keySet());
        missing.removeAll(DUTCH.keySet());
        Set<String> extra = new TreeSet<>(DUTCH.keySet());
        extra.removeAll(ENGLISH.keySet());

        assertThat(missing).as("keys in messages.properties that messages_nl.properties lacks").isEmpty();
        assertThat(extra).as("keys in messages_nl.properties that messages.properties lacks").isEmpty();
    }

    @Test
    void dutchValuesHaveTheEnglishPlaceholders() {
        Map<String, String> mismatches = new TreeMap<>();
        ENGLISH.forEach((key, english) -> {
            String dutch = DUTCH.get(key);
            if (dutch != null && !placeholders(english).equals(placeholders(dutch))) {
                mismatches.put(key, "English " + placeholders(english) + ", Dutch " + placeholders(dutch));
            }
        });

        assertThat(mismatches).as("keys whose Dutch value has other placeholders than the English one").isEmpty();
    }

    @Test
    void valuesWithPlaceholdersDoNotHideTextInQuotes() {
        // A value with arguments goes through MessageFormat, where a single ' starts quoted text: write '' for one.
        Map<String, String> quoted = new TreeMap<>();
        Map.of("messages.properties", ENGLISH, "messages_nl.properties", DUTCH).forEach((file, bundle) ->
                bundle.forEach((key, value) -> {
                    if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
                        quoted.put(file + ": " + key, value);
                    }
                }));

        assertThat(quoted).as("values with placeholders and a single apostrophe (write '' instead)").isEmpty();
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indexes.add(Integer.valueOf(matcher.group(1)));
        }
        return indexes;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            // a decoder that reports malformed input: a file saved in another encoding fails here, not on a page
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> bundle = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
            return bundle;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
