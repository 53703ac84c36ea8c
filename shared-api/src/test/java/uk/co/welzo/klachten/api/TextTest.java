package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One meaning of blank for the edge and the domain: nothing that shows, whatever Unicode calls it. */
class TextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"", " ", "\t\n\r", "\u00A0", "\u2003", "\u2007", "\u202F", "\u3000", "\u2028", "\u2029",
            "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E\u200F", "\u180E", "\u0000", "\u001F",
            "\u3164", "\u115F", "\u2800", "\u034F", "\uFE0F", " \u00A0\u200B\u2028 "})
    void countsTextOfOnlyInvisibleCharactersAsBlank(String invisible) {
        assertThat(Text.isBlank(invisible)).isTrue();
        assertThat(Text.hasText(invisible)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " Ann ", "\u00A0Zoë\u00A0", "\u200B.", "7", "\u4E2D", "\uD83D\uDE00", "\u2764\uFE0F", "-"})
    void countsTextWithAnyVisibleCharacterAsText(String visible) {
        assertThat(Text.isBlank(visible)).isFalse();
        assertThat(Text.hasText(visible)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void countsNullAsBlank() {
        assertThat(Text.isBlank(null)).isTrue();
    }
}
