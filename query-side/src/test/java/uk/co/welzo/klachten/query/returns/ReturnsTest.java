package uk.co.welzo.klachten.query.returns;

import uk.co.welzo.klachten.query.eventstore.TwoStageCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.audit.ReturnsView;

/** Returns by outcome and time to resolution, final resolution counting (R6.1, R6.2). */
class ReturnsTest {

    static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void countsTheFinalResolutionOfComplaintsReceivedInThePeriod() {
        Returns.Tally twoStages = new Returns.Tally();
        TwoStageCase.payloads().forEach(twoStages::add);
        Returns.Tally escalatedNotYetResolved = new Returns.Tally();
        TwoStageCase.payloads().subList(0, 9).forEach(escalatedNotYetResolved::add);
        Returns.Tally stageOneOnly = new Returns.Tally();
        TwoStageCase.payloads().subList(0, 8).forEach(stageOneOnly::add);
        Returns.Tally receivedLater = new Returns.Tally();
        receivedLater.receivedAt = TO;

        ReturnsView view = Returns.tally(List.of(twoStages, escalatedNotYetResolved, stageOneOnly, receivedLater),
                FROM, TO, Instant.parse("2027-03-01T00:00:00Z"));

        assertThat(view.received()).isEqualTo(3);
        assertThat(view.resolved()).isEqualTo(2);
        assertThat(view.unresolved()).as("escalated: the stage-1 resolution is no longer final").isEqualTo(1);
        assertThat(view.byOutcome()).containsEntry("UPHELD", 1).containsEntry("PARTLY_UPHELD", 1).containsEntry("NOT_UPHELD", 0);
        // received 21 Dec: stage 1 on 15 Jan is 25 days, stage 2 on 2 Feb is 43 days
        assertThat(view.byTimeToResolution()).containsEntry(Returns.UP_TO_4_WEEKS, 1)
                .containsEntry(Returns.FROM_4_TO_8_WEEKS, 1).containsEntry(Returns.OVER_8_WEEKS, 0);
    }

    @Test
    void fourAndEightWeeksExactlyBelongToTheLowerBucket() {
        assertThat(Returns.bucket(Duration.ofDays(28))).isEqualTo(Returns.UP_TO_4_WEEKS);
        assertThat(Returns.bucket(Duration.ofDays(28).plusSeconds(1))).isEqualTo(Returns.FROM_4_TO_8_WEEKS);
        assertThat(Returns.bucket(Duration.ofDays(56))).isEqualTo(Returns.FROM_4_TO_8_WEEKS);
        assertThat(Returns.bucket(Duration.ofDays(56).plusSeconds(1))).isEqualTo(Returns.OVER_8_WEEKS);
    }
}
