package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;

/** The customer may withdraw at any open point (lifecycle), and nothing happens to a withdrawn complaint. */
class WithdrawalTest {

    private static final String REASON = "Sorted it out with the courier";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static List<Arguments> openPoints() {
        return List.of(
                Arguments.of("RECEIVED", received()),
                Arguments.of("UNDER_INVESTIGATION", underInvestigation()),
                Arguments.of("RESOLVED_AT_STAGE_ONE", resolvedAtStageOne()),
                Arguments.of("ESCALATED", escalatedHistory()),
                Arguments.of("UNDER_REVIEW", underReview()));
    }

    @ParameterizedTest(name = "Lifecycle: withdraws a complaint that is {0}")
    @MethodSource("openPoints")
    void withdrawsAtAnyOpenPoint(String status, List<Object> history) {
        fixture.given(history)
                .when(withdraw())
                .expectEvents(withdrawn(REASON), retentionScheduled());
    }

    @Test
    @DisplayName("Lifecycle: a withdrawal may come without a reason, dated when the customer called")
    void withdrawsWithoutReasonAtTheTimeOfTheCall() {
        Instant called = NOW.minusSeconds(600);
        Instant received = NOW.minusSeconds(3600);
        fixture.given(lodged(received, received.plusSeconds(48 * 3600), received.plusSeconds(36 * 3600)))
                .when(new WithdrawComplaint(ID, " ", called, SUPERVISOR))
                .expectEvents(new ComplaintWithdrawn(ID, null, called, NOW, SUPERVISOR),
                        new RetentionScheduled(ID, ERASE_AFTER.minusSeconds(600), RETENTION_POLICY, called, NOW, SUPERVISOR));
    }

    @Test
    @DisplayName("Lifecycle: rejects withdrawing a closed complaint")
    void rejectsWithdrawingAClosedComplaint() {
        fixture.given(closedHistory())
                .when(withdraw())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }

    @Test
    @DisplayName("R4.5 rejects withdrawing after the final stage-2 resolution")
    void rejectsWithdrawingAfterTheFinalResolution() {
        fixture.given(resolvedAtStageTwo())
                .when(withdraw())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_FINALLY_RESOLVED));
    }

    @Test
    @DisplayName("Lifecycle: rejects withdrawing twice")
    void rejectsWithdrawingTwice() {
        fixture.given(withdrawnHistory())
                .when(withdraw())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    @Test
    @DisplayName("R1.3 rejects a withdrawal dated in the future")
    void rejectsAWithdrawalInTheFuture() {
        fixture.given(underInvestigation())
                .when(new WithdrawComplaint(ID, REASON, NOW.plusSeconds(1), ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_IN_FUTURE));
    }

    @Test
    @DisplayName("R4.1 rejects escalating a withdrawn complaint")
    void rejectsEscalatingAWithdrawnComplaint() {
        fixture.given(plus(resolvedAtStageOne(), withdrawn(REASON)))
                .when(escalate())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    @Test
    @DisplayName("R3.5 rejects resolving a withdrawn complaint")
    void rejectsResolvingAWithdrawnComplaint() {
        fixture.given(plus(underInvestigation(), withdrawn(REASON)))
                .when(resolve(false))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    @Test
    @DisplayName("R3.2 rejects asking for department input on a withdrawn complaint")
    void rejectsDepartmentInputOnAWithdrawnComplaint() {
        fixture.given(plus(underInvestigation(), withdrawn(REASON)))
                .when(requestInput())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    @Test
    @DisplayName("R3.2 rejects asking for department input on a closed complaint")
    void rejectsDepartmentInputOnAClosedComplaint() {
        fixture.given(plus(resolvedAtStageOne(), closed(ClosureReason.ACCEPTED_BY_CUSTOMER)))
                .when(requestInput())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }
}
