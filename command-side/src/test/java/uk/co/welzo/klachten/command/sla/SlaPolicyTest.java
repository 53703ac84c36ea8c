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

    @Test
    @DisplayName("Policy: the acknowledgement warning is positive and comes before the acknowledgement deadline")
    void rejectsAcknowledgementWarningOutsideTheAcknowledgementPeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> warnings(Duration.ZERO, 1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> warnings(Duration.ofHours(48), 1, 3));
    }

    @Test
    @DisplayName("Policy: the working-day warning is at least one working day and fewer than the shortest working-day deadline")
    void rejectsWorkingDayWarningOutsideTheShortestDeadline() {
        assertThatNoException().isThrownBy(() -> warnings(Duration.ofHours(12), 2, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> warnings(Duration.ofHours(12), 0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> warnings(Duration.ofHours(12), 3, 3));
    }

    @Test
    @DisplayName("R3.2 the department response takes a positive number of working days")
    void rejectsNonPositiveDepartmentResponse() {
        assertThatIllegalArgumentException().isThrownBy(() -> warnings(Duration.ofHours(12), 1, 0));
    }

    private static SlaPolicy policy(String version, Duration acknowledgement, int stageOne, int target, int limit,
                                    Period window) {
        return new SlaPolicy(version, acknowledgement, Duration.ofHours(12), stageOne, target, limit, 10, 3, 1, window,
                "GB-ENG", LONDON);
    }

    private static SlaPolicy warnings(Duration acknowledgementWarning, int workingDayWarning, int departmentResponse) {
        return new SlaPolicy("v", Duration.ofHours(48), acknowledgementWarning, 10, 5, 10, 10, departmentResponse,
                workingDayWarning, Period.ofWeeks(8), "GB-ENG", LONDON);
    }
}
