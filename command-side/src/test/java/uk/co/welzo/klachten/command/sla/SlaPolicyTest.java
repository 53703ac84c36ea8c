package uk.co.welzo.klachten.command.sla;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SlaPolicyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("Policy: the procedure's own numbers form a valid policy")
    void acceptsProcedureDefaults() {
        assertThatNoException().isThrownBy(() -> policy("2026-11-1", Duration.ofHours(48), 10, 5, 10, Period.ofWeeks(8)));
    }

    @Test
    @DisplayName("Policy: a policy without a version cannot be recorded in events")
    void rejectsBlankVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy(" ", Duration.ofHours(48), 10, 5, 10, Period.ofWeeks(8)));
    }

    @Test
    @DisplayName("R4.3 the escalation acknowledgement target may not exceed its limit")
    void rejectsTargetAfterLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy("v", Duration.ofHours(48), 10, 11, 10, Period.ofWeeks(8)));
    }

    @Test
    @DisplayName("Policy: periods and working-day counts must be positive")
    void rejectsNonPositiveValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy("v", Duration.ZERO, 10, 5, 10, Period.ofWeeks(8)));
        assertThatIllegalArgumentException().isThrownBy(() -> policy("v", Duration.ofHours(48), 0, 5, 10, Period.ofWeeks(8)));
        assertThatIllegalArgumentException().isThrownBy(() -> policy("v", Duration.ofHours(48), 10, 5, 10, Period.ZERO));
    }

    private static SlaPolicy policy(String version, Duration acknowledgement, int stageOne, int target, int limit,
                                    Period window) {
        return new SlaPolicy(version, acknowledgement, stageOne, target, limit, 10, window, "GB-ENG", LONDON);
    }
}
