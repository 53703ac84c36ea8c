package uk.co.welzo.klachten.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.eventstore.TwoStageCase.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.audit.AsAtBasis;
import uk.co.welzo.klachten.api.audit.AsAtStep;
import uk.co.welzo.klachten.api.audit.CaseAsAtView;
import uk.co.welzo.klachten.api.audit.CustomerTold;
import uk.co.welzo.klachten.api.audit.DeadlineInForce;
import uk.co.welzo.klachten.api.audit.OpenDepartmentRequest;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Stage;

/** The complaint as it stood at several instants, against hand-computed expectations (TwoStageCase). */
class CaseReplayTest {

    private static CaseAsAtView at(String instant, AsAtBasis basis) {
        return CaseReplay.asAt(ID.value(), stored(), Instant.parse(instant), basis);
    }

    @Test
    void aLetterReceivedMondayAndTypedInTuesdayIsOnRecordOnlyFromTuesdayButHappenedOnMonday() {
        CaseAsAtView recorded = at("2026-12-21T12:00:00Z", AsAtBasis.RECORDED);
        assertThat(recorded.status()).isNull();
        assertThat(recorded.steps()).isEmpty();
        assertThat(recorded.deadlinesInForce()).isEmpty();

        CaseAsAtView occurred = at("2026-12-21T12:00:00Z", AsAtBasis.OCCURRED);
        assertThat(occurred.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(occurred.steps()).containsExactly(new AsAtStep(0, "ComplaintLodged", RECEIVED, TYPED_IN));
        assertThat(occurred.deadlinesInForce()).containsExactly(new DeadlineInForce(DeadlineKind.ACKNOWLEDGEMENT, null,
                ACK_DUE, ACK_DUE, Instant.parse("2026-12-22T21:00:00Z"), POLICY, false, false));
    }

    @Test
    void underInvestigationWithAnOpenDepartmentRequestOnThirtiethDecember() {
        CaseAsAtView view = at("2026-12-30T12:00:00Z", AsAtBasis.RECORDED);

        assertThat(view.reference()).isEqualTo(REFERENCE.value());
        assertThat(view.status()).isEqualTo(ComplaintStatus.UNDER_INVESTIGATION);
        assertThat(view.stage()).isEqualTo(Stage.ONE);
        assertThat(view.category()).isEqualTo(Category.PRODUCT_DEFECT);
        assertThat(view.handler()).isEqualTo("agent");
        assertThat(view.deadlinesInForce()).containsExactly(
                new DeadlineInForce(DeadlineKind.STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_DUE,
                        Instant.parse("2027-01-12T00:00:00Z"), POLICY, false, false),
                new DeadlineInForce(DeadlineKind.DEPARTMENT_RESPONSE, "wh-1", ANSWER_DUE, ANSWER_DUE,
                        Instant.parse("2027-01-01T00:00:00Z"), POLICY, false, false));
        assertThat(view.openDepartmentRequests()).containsExactly(new OpenDepartmentRequest("wh-1",
                Department.WAREHOUSE_MANAGEMENT, "Packed without padding?", ASKED, ANSWER_DUE));
        assertThat(view.customerTold()).extracting(CustomerTold::sequence, CustomerTold::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "EMAIL"));
        assertThat(view.steps()).extracting(AsAtStep::sequence).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void theExtendedStageOneDeadlineIsInForceWithTheOriginalKeptAndTheCustomerTold() {
        CaseAsAtView view = at("2027-01-12T12:00:00Z", AsAtBasis.RECORDED);

        assertThat(view.deadlinesInForce()).containsExactly(new DeadlineInForce(DeadlineKind.STAGE_ONE_RESOLUTION, null,
                STAGE_ONE_DUE, EXTENDED_DUE, Instant.parse("2027-01-20T00:00:00Z"), POLICY, false, false));
        assertThat(view.openDepartmentRequests()).isEmpty();
        assertThat(view.customerTold()).extracting(CustomerTold::what).last()
                .isEqualTo("Awaiting the supplier's report; new date 20 January");
    }

    @Test
    void onTwentiethJanuaryTheRecordStillShowsEscalatedWhileTheAcknowledgementHadHappened() {
        CaseAsAtView recorded = at("2027-01-20T12:00:00Z", AsAtBasis.RECORDED);
        assertThat(recorded.status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(recorded.stage()).isEqualTo(Stage.TWO);
        assertThat(recorded.deadlinesInForce()).extracting(DeadlineInForce::kind, DeadlineInForce::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET, TARGET_DUE),
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT, LIMIT_DUE));

        CaseAsAtView occurred = at("2027-01-20T12:00:00Z", AsAtBasis.OCCURRED);
        assertThat(occurred.status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
        assertThat(occurred.deadlinesInForce()).extracting(DeadlineInForce::kind, DeadlineInForce::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.STAGE_TWO_RESOLUTION, STAGE_TWO_DUE));
        assertThat(occurred.steps()).last().isEqualTo(new AsAtStep(9, "EscalationAcknowledged",
                ESCALATION_ACKNOWLEDGED, ESCALATION_TYPED_IN));
    }

    @Test
    void closedWithNoDeadlinesAndBothResolutionsTold() {
        CaseAsAtView view = at("2027-02-05T00:00:00Z", AsAtBasis.RECORDED);

        assertThat(view.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(view.deadlinesInForce()).isEmpty();
        assertThat(view.customerTold()).extracting(CustomerTold::sequence).containsExactly(1L, 6L, 7L, 10L);
        assertThat(view.customerTold().get(3).what())
                .isEqualTo("stage-2 resolution: UPHELD, Replacement sent; may seek independent advice and support");
        assertThat(view.steps()).hasSize(12);
    }
}
