package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R2.2: reference numbers are short, readable aloud, and a mistyped one is rejected, never looked up. */
class ReferenceNumberTest {

    private final Random random = new Random(7);

    @Test
    @DisplayName("R2.2 a new reference is three groups of three from an alphabet without I, L, O or U")
    void newReferenceIsShortAndReadable() {
        for (int i = 0; i < 1_000; i++) {
            String value = ReferenceNumber.random(random).value();
            assertThat(value).matches("[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}");
        }
    }

    @Test
    @DisplayName("R2.2 every single mistyped character is caught by the check character")
    void everySingleSubstitutionIsRejected() {
        for (int n = 0; n < 200; n++) {
            String compact = ReferenceNumber.random(random).value().replace("-", "");
            for (int position = 0; position < compact.length(); position++) {
                for (char typed : ReferenceNumber.ALPHABET.toCharArray()) {
                    if (typed == compact.charAt(position)) {
                        continue;
                    }
                    String mistyped = compact.substring(0, position) + typed + compact.substring(position + 1);
                    assertThatThrownBy(() -> ReferenceNumber.parse(mistyped))
                            .as("%s mistyped as %s", compact, mistyped)
                            .isInstanceOf(InvalidReferenceNumber.class);
                }
            }
        }
    }

    @Test
    @DisplayName("R2.2 most swapped neighbours are caught too")
    void swappedNeighboursAreMostlyRejected() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String compact = ReferenceNumber.random(random).value().replace("-", "");
            for (int position = 0; position < compact.length() - 1; position++) {
                char a = compact.charAt(position);
                char b = compact.charAt(position + 1);
                if (a == b) {
                    continue;
                }
                swaps++;
                String swapped = compact.substring(0, position) + b + a + compact.substring(position + 2);
                try {
                    ReferenceNumber.parse(swapped);
                } catch (InvalidReferenceNumber expected) {
                    caught++;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    @DisplayName("R2.2 what is read over the phone parses: any case, spaces or dashes, O for 0 and I or L for 1")
    void spokenFormsParse() {
        ReferenceNumber reference = ReferenceNumber.random(new Random(42));
        String value = reference.value();
        assertThat(ReferenceNumber.parse(value.toLowerCase())).isEqualTo(reference);
        assertThat(ReferenceNumber.parse(value.replace("-", " "))).isEqualTo(reference);
        assertThat(ReferenceNumber.parse(value.replace("-", ""))).isEqualTo(reference);
        assertThat(ReferenceNumber.parse(value.replace('0', 'O').replace('1', 'l'))).isEqualTo(reference);
    }

    @Test
    @DisplayName("wrong length, foreign characters and null are rejected")
    void malformedInputIsRejected() {
        assertThatThrownBy(() -> ReferenceNumber.parse(null)).isInstanceOf(InvalidReferenceNumber.class);
        assertThatThrownBy(() -> ReferenceNumber.parse("ABC-DEF")).isInstanceOf(InvalidReferenceNumber.class);
        assertThatThrownBy(() -> ReferenceNumber.parse("ABC-DEF-GH!")).isInstanceOf(InvalidReferenceNumber.class);
        assertThatThrownBy(() -> ReferenceNumber.parse("UUU-UUU-UUU")).isInstanceOf(InvalidReferenceNumber.class);
        assertThatThrownBy(() -> new ReferenceNumber("abc-def-ghj")).isInstanceOf(InvalidReferenceNumber.class);
    }

    @Test
    @DisplayName("references spread over about 10^12 values: no repeats among 100,000")
    void referencesDoNotRepeatInPractice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(ReferenceNumber.random(random).value());
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    @DisplayName("JSON carries a reference as its plain string, and reading it back checks it")
    void jsonIsThePlainString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ReferenceNumber reference = ReferenceNumber.random(random);
        assertThat(json.writeValueAsString(reference)).isEqualTo("\"" + reference.value() + "\"");
        assertThat(json.readValue("\"" + reference.value() + "\"", ReferenceNumber.class)).isEqualTo(reference);
    }
}
