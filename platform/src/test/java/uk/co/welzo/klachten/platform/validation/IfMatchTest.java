package uk.co.welzo.klachten.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.platform.problem.Refused;

class IfMatchTest {

    @Test
    void readsTheVersionOfAStrongTag() {
        assertThat(IfMatch.version("\"7\"")).contains(7L);
        assertThat(IfMatch.version(" \"0\" ")).contains(0L);
    }

    @Test
    void asksNothingWithoutAHeaderOrWithAStar() {
        assertThat(IfMatch.version(null)).isEmpty();
        assertThat(IfMatch.version("*")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "W/\"7\"", "\"7\", \"8\"", "\"-1\"", "\"x\"", "\"1234567890123456789\"", "\"7"})
    void refusesAnythingElseNamingTheHeader(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.detail().code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(refused.detail().field()).isEqualTo("If-Match");
        });
    }
}
