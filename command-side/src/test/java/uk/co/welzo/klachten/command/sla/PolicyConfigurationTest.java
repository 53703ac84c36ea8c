package uk.co.welzo.klachten.command.sla;

import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.co.welzo.klachten.calendar.spring.WorkingDaysAutoConfiguration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WorkingDaysAutoConfiguration.class))
            .withUserConfiguration(PolicyConfiguration.class);

    @Test
    @DisplayName("Policy: without configuration the procedure's defaults are in force")
    void defaults() {
        runner.run(context -> {
            assertThat(context.getBean(SlaPolicy.class)).isEqualTo(new SlaPolicy("2026-11-1", Duration.ofHours(48),
                    Duration.ofHours(12), 10, 5, 10, 10, 3, 1, Period.ofDays(56), "GB-ENG", ZoneId.of("Europe/London")));
            assertThat(context.getBean(Deadlines.class).policyVersion()).isEqualTo("2026-11-1");
        });
    }

    @Test
    @DisplayName("Policy: configured values and extra bank holidays are honoured")
    void configuredValues() {
        runner.withPropertyValues(
                        "klachten.policy.version=2027-06",
                        "klachten.policy.stage-one-working-days=15",
                        "klachten.policy.acknowledgement-warning=6h",
                        "klachten.policy.working-day-warning=2",
                        "klachten.policy.department-response-working-days=5",
                        "klachten.policy.extra-bank-holidays=2027-06-07,2027-06-08")
                .run(context -> {
                    SlaPolicy policy = context.getBean(SlaPolicy.class);
                    assertThat(policy.stageOneWorkingDays()).isEqualTo(15);
                    assertThat(policy.acknowledgementWarning()).isEqualTo(Duration.ofHours(6));
                    assertThat(policy.workingDayWarning()).isEqualTo(2);
                    assertThat(policy.departmentResponseWorkingDays()).isEqualTo(5);
                    assertThat(context.getBean(Deadlines.class).policyVersion()).isEqualTo("2027-06");
                    assertThat(context.getBean(WorkingDayCalendar.class).workingDaysAfter(LocalDate.parse("2027-06-04"), 1))
                            .isEqualTo("2027-06-09");
                });
    }

    @Test
    @DisplayName("Policy: a working-day warning as long as the department response stops the application from starting")
    void warningAsLongAsADeadlineFailsStartup() {
        runner.withPropertyValues("klachten.policy.working-day-warning=3")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warning"));
    }

    @Test
    @DisplayName("R4.3 a target beyond the limit stops the application from starting")
    void invalidPolicyFailsStartup() {
        runner.withPropertyValues("klachten.policy.escalation-acknowledgement-target-working-days=11")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target"));
    }
}
