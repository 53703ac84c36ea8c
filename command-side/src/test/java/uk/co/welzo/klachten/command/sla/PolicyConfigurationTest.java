package uk.co.welzo.klachten.command.sla;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyConfigurationTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PolicyConfiguration.class);

    @Test
    @DisplayName("Policy: without configuration the procedure's defaults are in force, with the system UTC clock")
    void defaults() {
        runner.run(context -> {
            assertThat(context.getBean(SlaPolicy.class)).isEqualTo(new SlaPolicy("2026-11-1", Duration.ofHours(48),
                    10, 5, 10, 10, Period.ofDays(56), "GB-ENG", ZoneId.of("Europe/London")));
            assertThat(context.getBean(Deadlines.class).policyVersion()).isEqualTo("2026-11-1");
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
        });
    }

    @Test
    @DisplayName("Policy: configured values and extra bank holidays are honoured")
    void configuredValues() {
        runner.withPropertyValues(
                        "klachten.policy.version=2027-06",
                        "klachten.policy.stage-one-working-days=15",
                        "klachten.policy.extra-bank-holidays=2027-06-07,2027-06-08")
                .run(context -> {
                    assertThat(context.getBean(SlaPolicy.class).stageOneWorkingDays()).isEqualTo(15);
                    assertThat(context.getBean(Deadlines.class).policyVersion()).isEqualTo("2027-06");
                    assertThat(context.getBean(WorkingDayCalendar.class).workingDaysAfter(LocalDate.parse("2027-06-04"), 1))
                            .isEqualTo("2027-06-09");
                });
    }

    @Test
    @DisplayName("R4.3 a target beyond the limit stops the application from starting")
    void invalidPolicyFailsStartup() {
        runner.withPropertyValues("klachten.policy.escalation-acknowledgement-target-working-days=11")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target"));
    }

    @Test
    @DisplayName("Policy: a test's own Clock replaces the system clock")
    void clockCanBeReplaced() {
        new ApplicationContextRunner()
                .withUserConfiguration(FixedClock.class, PolicyConfiguration.class)
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(FIXED));
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock fixedClock() {
            return FIXED;
        }
    }
}
