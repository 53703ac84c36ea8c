package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputReceived;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;

/** Stage 1: handler, category, notes, department input, customer communication, resolution (R1.2, R3). */
class StageOneTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---- R3.1 handler and notes ----------------------------------------------------------------

    @Test
    @DisplayName("R3.1 assigns a first handler, with no previous handler")
    void assignsTheFirstHandler() {
        fixture.given(underInvestigation())
                .when(assign("  bob.lee "))
                .expectEvents(assigned("bob.lee", null));
    }

    @Test
    @DisplayName("R3.1 reassigns and keeps the previous handler in the event")
    void reassignsAndNamesThePreviousHandler() {
        fixture.given(plus(underInvestigation(), assigned("bob.lee", null)))
                .when(assign("eve.ward"))
                .expectEvents(assigned("eve.ward", "bob.lee"));
    }

    @Test
    @DisplayName("R3.1 assigning the same handler again emits nothing")
    void assigningTheSameHandlerAgainEmitsNothing() {
        fixture.given(plus(underInvestigation(), assigned("bob.lee", null)))
                .when(assign("bob.lee"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.1 rejects a blank handler")
    void rejectsABlankHandler() {
        fixture.given(underInvestigation())
                .when(assign(" "))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("Lifecycle: rejects assigning a closed complaint")
    void rejectsAssigningAClosedComplaint() {
        fixture.given(closedHistory())
                .when(assign("bob.lee"))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }

    @Test
    @DisplayName("R3.1 records an investigation note")
    void recordsAnInvestigationNote() {
        fixture.given(underInvestigation())
                .when(note("Checked batch records"))
                .expectEvents(noted("Checked batch records"));
    }

    @Test
    @DisplayName("R3.1 rejects a blank investigation note")
    void rejectsABlankNote() {
        fixture.given(underInvestigation())
                .when(note(""))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("Lifecycle: rejects a note on a withdrawn complaint")
    void rejectsANoteOnAWithdrawnComplaint() {
        fixture.given(withdrawnHistory())
                .when(note("Too late"))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }

    // ---- R1.2 category -------------------------------------------------------------------------

    @Test
    @DisplayName("R1.2 recategorises and keeps the previous category")
    void recategorisesAndKeepsThePreviousCategory() {
        fixture.given(underInvestigation())
                .when(recategorise(Category.BILLING_AND_PAYMENT, "It is about the refund"))
                .expectEvents(recategorised(Category.PRODUCT_DEFECT, Category.BILLING_AND_PAYMENT,
                        "It is about the refund"));
    }

    @Test
    @DisplayName("R1.2 recategorising to the same category emits nothing")
    void recategorisingToTheSameCategoryEmitsNothing() {
        fixture.given(underInvestigation())
                .when(recategorise(Category.PRODUCT_DEFECT, "No change"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R1.2 rejects a recategorisation without a reason")
    void rejectsRecategorisationWithoutReason() {
        fixture.given(underInvestigation())
                .when(recategorise(Category.SERVICE, " "))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    // ---- R3.2 department input ------------------------------------------------------------------

    @Test
    @DisplayName("R3.2 records a request for department input, to answer in 3 working days (Christmas skipped: by the end of Thu 31 Dec), warned at the end of Wed 30 Dec")
    void recordsARequestForDepartmentInput() {
        fixture.given(underInvestigation())
                .when(requestInput())
                .expectEvents(inputRequested(INQUIRY, NOW, Instant.parse("2027-01-01T00:00:00Z"),
                        Instant.parse("2026-12-31T00:00:00Z")));
    }

    @Test
    @DisplayName("R3.2 rejects a request for input before the complaint is acknowledged")
    void rejectsDepartmentInputBeforeAcknowledgement() {
        fixture.given(received())
                .when(requestInput())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED));
    }

    @Test
    @DisplayName("R3.2 rejects a request for input once stage 1 is resolved")
    void rejectsDepartmentInputAfterStageOneResolution() {
        fixture.given(resolvedAtStageOne())
                .when(requestInput())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION));
    }

    @Test
    @DisplayName("R3.2, R4.2 the department manager may ask for input during the stage-2 review")
    void acceptsDepartmentInputDuringStageTwoReview() {
        fixture.given(underReview())
                .when(requestInput())
                .expectEvents(inputRequested());
    }

    @Test
    @DisplayName("R3.2 the same request under the same inquiry id emits nothing")
    void repeatedRequestEmitsNothing() {
        fixture.given(plus(underInvestigation(), inputRequested()))
                .when(requestInput())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 rejects a different request under a used inquiry id")
    void rejectsADifferentRequestUnderAUsedInquiryId() {
        fixture.given(plus(underInvestigation(), inputRequested()))
                .when(requestInput(INQUIRY, Department.TESTING_LABORATORY, QUESTION))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INQUIRY_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R3.2 rejects a request without a question")
    void rejectsARequestWithoutQuestion() {
        fixture.given(underInvestigation())
                .when(requestInput(InquiryId.of("inq-2"), Department.FINANCE, "  "))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R3.2 records a department's answer under the department asked")
    void recordsTheDepartmentAnswer() {
        fixture.given(plus(underInvestigation(), inputRequested()))
                .when(answer(ANSWER))
                .expectEvents(inputReceived(ANSWER));
    }

    @Test
    @DisplayName("R1.3, R3.2 an answer received by letter yesterday keeps the time it arrived")
    void recordsWhenTheAnswerActuallyArrived() {
        Instant arrived = Instant.parse("2026-12-24T08:00:00Z");
        Instant earlier = Instant.parse("2026-12-23T09:00:00Z");
        fixture.given(lodged(earlier, Instant.parse("2026-12-25T09:00:00Z"), Instant.parse("2026-12-24T21:00:00Z")),
                        acknowledged(earlier, Instant.parse("2027-01-12T00:00:00Z"), Instant.parse("2027-01-09T00:00:00Z")),
                        new DepartmentInputRequested(ID, INQUIRY, Department.WAREHOUSE_MANAGEMENT, QUESTION, earlier,
                                NOW, Instant.parse("2026-12-31T00:00:00Z"), Instant.parse("2026-12-30T00:00:00Z"),
                                POLICY_VERSION, ACTOR))
                .when(new RecordDepartmentAnswer(ID, INQUIRY, ANSWER, arrived, ACTOR))
                .expectEvents(new DepartmentInputReceived(ID, INQUIRY, Department.WAREHOUSE_MANAGEMENT, ANSWER, arrived,
                        NOW, ACTOR));
    }

    @Test
    @DisplayName("R3.2 rejects an answer to an inquiry never made")
    void rejectsAnAnswerToAnUnknownInquiry() {
        fixture.given(underInvestigation())
                .when(answer(ANSWER))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INQUIRY_NOT_FOUND));
    }

    @Test
    @DisplayName("R3.2 the same answer again emits nothing")
    void repeatedAnswerEmitsNothing() {
        fixture.given(plus(underInvestigation(), inputRequested(), inputReceived(ANSWER)))
                .when(answer(ANSWER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 rejects a different answer to an answered inquiry")
    void rejectsADifferentAnswerToAnAnsweredInquiry() {
        fixture.given(plus(underInvestigation(), inputRequested(), inputReceived(ANSWER)))
                .when(answer("Actually, no"))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INQUIRY_ALREADY_ANSWERED));
    }

    // ---- R3.3 communication with the customer -----------------------------------------------------

    @Test
    @DisplayName("R3.3 records a communication with the customer: channel, direction, summary")
    void recordsACustomerCommunication() {
        fixture.given(underInvestigation())
                .when(communicate(COMMUNICATION, Direction.OUTBOUND, SUMMARY))
                .expectEvents(communicated(COMMUNICATION, Direction.OUTBOUND, SUMMARY));
    }

    @Test
    @DisplayName("R1.3, R3.3 an inbound call made before the complaint was typed in is rejected as before its receipt")
    void rejectsACommunicationBeforeReceipt() {
        fixture.given(received())
                .when(new RecordCustomerCommunication(ID, COMMUNICATION, CommunicationChannel.PHONE, Direction.INBOUND,
                        SUMMARY, NOW.minusSeconds(1), ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    @DisplayName("R3.3 the same communication again emits nothing")
    void repeatedCommunicationEmitsNothing() {
        fixture.given(plus(underInvestigation(), communicated(COMMUNICATION, Direction.OUTBOUND, SUMMARY)))
                .when(communicate(COMMUNICATION, Direction.OUTBOUND, SUMMARY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.3 rejects a different communication under a used communication id")
    void rejectsADifferentCommunicationUnderAUsedId() {
        fixture.given(plus(underInvestigation(), communicated(COMMUNICATION, Direction.OUTBOUND, SUMMARY)))
                .when(communicate(COMMUNICATION, Direction.INBOUND, SUMMARY))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMMUNICATION_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R3.3 rejects a communication without a summary")
    void rejectsACommunicationWithoutSummary() {
        fixture.given(underInvestigation())
                .when(communicate(CommunicationId.of("comm-9"), Direction.INBOUND, " "))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.3 rejects a communication dated in the future")
    void rejectsACommunicationInTheFuture() {
        fixture.given(underInvestigation())
                .when(new RecordCustomerCommunication(ID, COMMUNICATION, CommunicationChannel.EMAIL, Direction.INBOUND,
                        SUMMARY, NOW.plusSeconds(1), ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_IN_FUTURE));
    }

    // ---- R3.5 stage-1 resolution ---------------------------------------------------------------------

    @Test
    @DisplayName("R3.5 resolves stage 1 with outcome, remedy and root cause; the escalation window runs 8 weeks")
    void resolvesStageOneAndOpensTheEscalationWindow() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(resolve(false))
                .expectEvents(resolvedAtStageOne(NOW, Instant.parse("2027-02-18T10:00:00Z")));
    }

    @Test
    @DisplayName("Lifecycle: the 8-week window ends at the same London clock time across the change to summer time")
    void escalationWindowKeepsLondonClockTimeAcrossSummerTime() {
        // Resolved Mon 1 March 2027 10:00 GMT; 8 weeks later is Mon 26 April 10:00 BST = 09:00Z.
        Instant resolvedAt = Instant.parse("2027-03-01T10:00:00Z");
        Instant earlier = Instant.parse("2027-02-15T10:00:00Z");
        fixture(resolvedAt)
                .given(lodged(earlier, earlier.plusSeconds(48 * 3600), earlier.plusSeconds(36 * 3600)),
                        acknowledged(earlier, Instant.parse("2027-03-02T00:00:00Z"), Instant.parse("2027-02-27T00:00:00Z")),
                        new CustomerCommunicationRecorded(ID, FINDINGS_CALL, CommunicationChannel.PHONE, Direction.OUTBOUND,
                                FINDINGS_SUMMARY, earlier, earlier, ACTOR))
                .when(resolve(false))
                .expectEvents(new ComplaintResolved(ID, Stage.ONE, Outcome.PARTLY_UPHELD, REMEDY, ROOT_CAUSE, false,
                        FINDINGS_CALL, CommunicationChannel.PHONE, null, resolvedAt, resolvedAt, Instant.parse("2027-04-26T09:00:00Z"), POLICY_VERSION, ACTOR));
    }

    @Test
    @DisplayName("R3.5 rejects a resolution before the complaint is acknowledged")
    void rejectsResolutionBeforeAcknowledgement() {
        fixture.given(received())
                .when(resolve(false))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_ACKNOWLEDGED));
    }

    @Test
    @DisplayName("R3.5 rejects a second stage-1 resolution")
    void rejectsASecondStageOneResolution() {
        fixture.given(resolvedAtStageOne())
                .when(resolve(false))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_NOT_UNDER_INVESTIGATION));
    }

    @Test
    @DisplayName("R3.5 rejects a resolution without a root cause")
    void rejectsAResolutionWithoutRootCause() {
        fixture.given(underInvestigation())
                .when(new ResolveComplaint(ID, Outcome.UPHELD, REMEDY, "  ", false, FINDINGS_CALL, null, null, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R3.5 rejects a resolution without an outcome")
    void rejectsAResolutionWithoutOutcome() {
        fixture.given(underInvestigation())
                .when(new ResolveComplaint(ID, null, REMEDY, ROOT_CAUSE, false, FINDINGS_CALL, null, null, ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.3 rejects a resolution dated in the future")
    void rejectsAResolutionInTheFuture() {
        fixture.given(plus(underInvestigation(), toldFindings()))
                .when(new ResolveComplaint(ID, Outcome.UPHELD, REMEDY, ROOT_CAUSE, false, FINDINGS_CALL, null,
                        NOW.plusSeconds(1), ACTOR, AGENT_ROLES))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_IN_FUTURE));
    }
}
