package uk.co.welzo.klachten.query.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.eventstore.TwoStageCase.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.audit.DeadlineExplanation;
import uk.co.welzo.klachten.api.audit.ExtensionStep;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/** Explaining deadlines: the event, policy, skipped days and extensions behind each, and its verdict (R3.4, R3.2, R5.3). */
class DeadlineExplainerTest {

    private final DeadlineExplainer explainer = new DeadlineExplainer(
            new WorkingDayCalendar(ZoneId.of("Europe/London"), WorkingDayCalendar.ENGLAND_AND_WALES));

    private DeadlineExplanation explain(DeadlineKind kind, String inquiryId, String at) {
        return explainer.explain(ID.value(), stored(), kind, inquiryId, Instant.parse(at)).orElseThrow();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void stageOneOverChristmasSkipsNineDaysAndRunsExtendedOnTwelfthJanuary() {
        DeadlineExplanation explanation = explain(DeadlineKind.STAGE_ONE_RESOLUTION, null, "2027-01-12T12:00:00Z");

        assertThat(explanation.setBySequence()).isEqualTo(1);
        assertThat(explanation.setByEvent()).isEqualTo("ComplaintAcknowledged");
        assertThat(explanation.decidedAt()).isEqualTo(ACKNOWLEDGED);
        assertThat(explanation.policyVersion()).isEqualTo(POLICY);
        assertThat(explanation.countedFrom()).isEqualTo(d("2026-12-24"));
        assertThat(explanation.lastDay()).isEqualTo(d("2027-01-12"));
        assertThat(explanation.nonWorkingDaysSkipped()).containsExactly(d("2026-12-25"), d("2026-12-26"),
                d("2026-12-27"), d("2026-12-28"), d("2027-01-01"), d("2027-01-02"), d("2027-01-03"), d("2027-01-09"),
                d("2027-01-10"));
        assertThat(explanation.originalDue()).isEqualTo(STAGE_ONE_DUE);
        assertThat(explanation.extensions()).containsExactly(new ExtensionStep(5, STAGE_ONE_DUE, EXTENDED_DUE,
                "Awaiting supplier test report", "head", EXTENDED, EXTENDED));
        assertThat(explanation.currentDue()).isEqualTo(EXTENDED_DUE);
        assertThat(explanation.verdict()).isEqualTo(ClockVerdict.RUNNING);
        assertThat(explanation.verdictAgainstOriginal()).isEqualTo(ClockVerdict.RUNNING);
    }

    @Test
    void stageOneWasMetAgainstTheExtensionAndMissedAgainstTheOriginal() {
        DeadlineExplanation explanation = explain(DeadlineKind.STAGE_ONE_RESOLUTION, null, "2027-02-05T00:00:00Z");

        assertThat(explanation.metAt()).isEqualTo(RESOLVED_ONE);
        assertThat(explanation.metBySequence()).isEqualTo(7L);
        assertThat(explanation.verdict()).isEqualTo(ClockVerdict.MET);
        assertThat(explanation.verdictAgainstOriginal()).isEqualTo(ClockVerdict.MISSED);
    }

    @Test
    void beforeTheExtensionWasRecordedItIsNotPartOfTheExplanation() {
        DeadlineExplanation explanation = explain(DeadlineKind.STAGE_ONE_RESOLUTION, null, "2027-01-10T00:00:00Z");

        assertThat(explanation.extensions()).isEmpty();
        assertThat(explanation.currentDue()).isEqualTo(STAGE_ONE_DUE);
    }

    @Test
    void theDepartmentAnswerSkippedNewYearAndTheWeekendAndCameInTime() {
        DeadlineExplanation explanation = explain(DeadlineKind.DEPARTMENT_RESPONSE, "wh-1", "2027-02-05T00:00:00Z");

        assertThat(explanation.nonWorkingDaysSkipped()).isEqualTo(List.of(d("2027-01-01"), d("2027-01-02"), d("2027-01-03")));
        assertThat(explanation.originalDue()).isEqualTo(ANSWER_DUE);
        assertThat(explanation.metAt()).isEqualTo(ANSWERED);
        assertThat(explanation.verdict()).isEqualTo(ClockVerdict.MET);
    }

    @Test
    void theFortyEightHourAcknowledgementCountsClockHoursAndWasMissed() {
        DeadlineExplanation explanation = explain(DeadlineKind.ACKNOWLEDGEMENT, null, "2027-02-05T00:00:00Z");

        assertThat(explanation.decidedAt()).as("from receipt, not from typing in").isEqualTo(RECEIVED);
        assertThat(explanation.originalDue()).isEqualTo(ACK_DUE);
        assertThat(explanation.nonWorkingDaysSkipped()).isEmpty();
        assertThat(explanation.verdict()).isEqualTo(ClockVerdict.MISSED);
    }

    @Test
    void stageTwoWasMetBeforeItsDeadlineAndTheEscalationTargetWasMet() {
        assertThat(explain(DeadlineKind.STAGE_TWO_RESOLUTION, null, "2027-02-05T00:00:00Z").verdict()).isEqualTo(ClockVerdict.MET);
        DeadlineExplanation target = explain(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, null, "2027-02-05T00:00:00Z");
        assertThat(target.nonWorkingDaysSkipped()).containsExactly(d("2027-01-23"), d("2027-01-24"));
        assertThat(target.verdict()).isEqualTo(ClockVerdict.MET);
    }

    @Test
    void aDeadlineNotYetSetHasNoExplanation() {
        assertThat(explainer.explain(ID.value(), stored(), DeadlineKind.STAGE_TWO_RESOLUTION, null,
                Instant.parse("2027-01-20T12:00:00Z"))).isEmpty();
    }
}
