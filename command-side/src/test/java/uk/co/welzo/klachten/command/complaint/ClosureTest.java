package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;

/** Closing a resolved complaint: accepted, escalation window lapsed, final response (lifecycle, R4.5). */
class ClosureTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    @DisplayName("Lifecycle: closes a stage-1 resolution the customer accepted")
    void closesAnAcceptedStageOneResolution() {
        fixture.given(resolvedAtStageOne())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectEvents(closed(ClosureReason.ACCEPTED_BY_CUSTOMER), retentionScheduled());
    }

    @Test
    @DisplayName("Lifecycle: closes a stage-2 resolution the customer accepted")
    void closesAnAcceptedStageTwoResolution() {
        fixture.given(resolvedAtStageTwo())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectEvents(closed(ClosureReason.ACCEPTED_BY_CUSTOMER), retentionScheduled());
    }

    @Test
    @DisplayName("R4.5 closes after the final stage-2 response")
    void closesAfterTheFinalResponse() {
        fixture.given(resolvedAtStageTwo())
                .when(new CloseComplaint(ID, ClosureReason.FINAL_RESPONSE_GIVEN, null, SUPERVISOR))
                .expectEvents(new ComplaintClosed(ID, ClosureReason.FINAL_RESPONSE_GIVEN, NOW, NOW, SUPERVISOR),
                        new RetentionScheduled(ID, ERASE_AFTER, RETENTION_POLICY, NOW, NOW, SUPERVISOR));
    }

    @Test
    @DisplayName("R4.5 rejects closing a stage-1 resolution as a final response")
    void rejectsFinalResponseClosureAfterStageOne() {
        fixture.given(resolvedAtStageOne())
                .when(close(ClosureReason.FINAL_RESPONSE_GIVEN))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.CLOSURE_REASON_NOT_APPLICABLE));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing a stage-2 resolution as a lapsed escalation window")
    void rejectsLapsedWindowClosureAfterStageTwo() {
        fixture.given(resolvedAtStageTwo())
                .when(close(ClosureReason.ESCALATION_WINDOW_LAPSED))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.CLOSURE_REASON_NOT_APPLICABLE));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing as lapsed while the 8-week escalation window is open")
    void rejectsLapsedWindowClosureWhileTheWindowIsOpen() {
        fixture.given(resolvedAtStageOne())
                .when(close(ClosureReason.ESCALATION_WINDOW_LAPSED))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_WINDOW_STILL_OPEN));
    }

    @Test
    @DisplayName("Lifecycle: closes as lapsed once the 8-week escalation window has ended")
    void closesAsLapsedOnceTheWindowHasEnded() {
        fixture.given(windowEndingNow())
                .when(close(ClosureReason.ESCALATION_WINDOW_LAPSED))
                .expectEvents(closed(ClosureReason.ESCALATION_WINDOW_LAPSED), retentionScheduled());
    }

    @Test
    @DisplayName("Lifecycle: rejects a lapsed-window closure dated before the window ended")
    void rejectsALapsedWindowClosureDatedInsideTheWindow() {
        fixture.given(windowEndingNow())
                .when(close(ClosureReason.ESCALATION_WINDOW_LAPSED, NOW.minusSeconds(60)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.ESCALATION_WINDOW_STILL_OPEN));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing a complaint under investigation")
    void rejectsClosingBeforeAResolution() {
        fixture.given(underInvestigation())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_RESOLVED));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing a complaint only received")
    void rejectsClosingAReceivedComplaint() {
        fixture.given(received())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_RESOLVED));
    }

    @Test
    @DisplayName("R4.1 rejects closing an escalated complaint before its stage-2 resolution")
    void rejectsClosingAnEscalatedComplaint() {
        fixture.given(escalatedHistory())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_RESOLVED));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing a closed complaint")
    void rejectsClosingAClosedComplaint() {
        fixture.given(closedHistory())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }

    @Test
    @DisplayName("Lifecycle: rejects closing a withdrawn complaint")
    void rejectsClosingAWithdrawnComplaint() {
        fixture.given(withdrawnHistory())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    @Test
    @DisplayName("Lifecycle: rejects a closure without a reason")
    void rejectsAClosureWithoutReason() {
        fixture.given(resolvedAtStageOne())
                .when(close(null))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.3 rejects a closure dated before the resolution")
    void rejectsAClosureBeforeTheResolution() {
        fixture.given(resolvedAtStageOne())
                .when(close(ClosureReason.ACCEPTED_BY_CUSTOMER, NOW.minusSeconds(1)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT));
    }
}
