package uk.co.welzo.klachten.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** ErrorCode is the one list of refusals: each has its sentence, or is on the short list of those worded where raised. */
class ErrorCodeTest {

    /** The codes without a fixed sentence, and why. Adding one here is a decision, not a way to skip a sentence. */
    private static final Map<ErrorCode, String> WORDED_WHERE_RAISED = Map.of(
            ErrorCode.COMPLAINT_NOT_FOUND, "each reader says what it looked up (a complaint, its audit trail, its clocks)",
            ErrorCode.CONCURRENT_MODIFICATION, "reported by the bus or the edge, not by a rule",
            ErrorCode.INTERNAL_ERROR, "carries a fresh incident id",
            ErrorCode.RECEIVED_IN_FUTURE, "not raised; the name is kept as stable API");

    @Test
    void everyCodeHasASentenceUnlessItIsWordedWhereRaised() {
        for (ErrorCode code : ErrorCode.values()) {
            if (WORDED_WHERE_RAISED.containsKey(code)) {
                assertThat(code.sentences()).as(code + " is listed as worded where raised").isEmpty();
            } else {
                assertThat(code.sentences()).as(code + " has a sentence").isNotEmpty().allSatisfy(
                        template -> assertThat(template).as(code.name()).isNotBlank());
            }
        }
    }

    @Test
    void everySentenceTakesPlainValuesAndRendersWithThem() {
        for (ErrorCode code : ErrorCode.values()) {
            for (String template : code.sentences()) {
                assertThat(template.replace("%s", "")).as(code + ": only %s placeholders").doesNotContain("%");
                Object[] values = IntStream.range(0, ErrorCode.placeholders(template)).mapToObj(i -> "<value " + i + ">")
                        .toArray();
                String sentence = code.sentence(values);
                assertThat(sentence).as(code.name()).doesNotContain("%s");
                Arrays.stream(values).forEach(value -> assertThat(sentence).as(code.name()).contains(value.toString()));
            }
        }
    }

    @Test
    void aCodeWithSeveralSentencesTellsThemApartByHowManyValuesTheyTake() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.sentences().stream().map(ErrorCode::placeholders)).as(code.name()).doesNotHaveDuplicates();
        }
        assertThat(ErrorCode.DEADLINE_NOT_REACHED.sentence("ACKNOWLEDGEMENT", "2024-03-05T23:59:59Z", "2024-03-05T10:00:00Z"))
                .isEqualTo("the ACKNOWLEDGEMENT deadline 2024-03-05T23:59:59Z has not passed at 2024-03-05T10:00:00Z");
        assertThat(ErrorCode.DEADLINE_NOT_REACHED.sentence("ACKNOWLEDGEMENT", "due", "warn", "now"))
                .isEqualTo("the warning for the ACKNOWLEDGEMENT deadline due is due at warn, not yet at now");
    }

    @Test
    void aWrongNumberOfValuesIsRefusedRatherThanLeftOutOfTheSentence() {
        assertThatThrownBy(() -> ErrorCode.COMPLAINT_ALREADY_CLOSED.sentence())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLAINT_ALREADY_CLOSED");
        assertThatThrownBy(() -> ErrorCode.COMPLAINT_NOT_FOUND.sentence("c-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apostrophesAndValuesComeOutAsWritten() {
        assertThat(ErrorCode.PROCESSING_GROUP_NOT_FOUND.sentence("cases")).isEqualTo("There is no processing group 'cases'.");
        assertThat(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT.sentence("a", "b"))
                .isEqualTo("the time it happened, a, is before the complaint's previous step at b");
        assertThat(ErrorCode.INVALID_INPUT.sentence("reason", "must not be blank")).isEqualTo("reason: must not be blank");
    }

    @Test
    void aRuleAlwaysAboutOneFieldNamesIt() {
        assertThat(ErrorCode.EXTENSION_NOT_LATER.field()).isEqualTo("newDeadline");
        assertThat(ErrorCode.EXTENSION_TOO_FAR_AHEAD.field()).isEqualTo("newDeadline");
        assertThat(ErrorCode.LETTER_SIGNPOSTING_MISSING.field()).isEqualTo("signposting");
        assertThat(ErrorCode.OCCURRED_IN_FUTURE.field()).as("the time's field depends on the command").isNull();
        assertThat(ErrorCode.COMPLAINT_ALREADY_CLOSED.field()).isNull();
    }
}
