package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ACKNOWLEDGEMENT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.DEPARTMENT_RESPONSE;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_ONE_RESOLUTION;
import static uk.co.welzo.klachten.api.complaint.DeadlineKind.STAGE_TWO_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.HamcrestCondition.matching;
import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.api.complaint.event.DepartmentInputRequested;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

/**
 * The SLA clock's warnings and breaches (lifecycle: "a breach of any deadline is itself recorded the
 * moment it happens"). The clock may send the same command late, twice, or for a deadline no longer
 * in force: the aggregate records each warning and breach once, only for the deadline now running.
 * The fixture's clock stands at the moment the clock's command arrives; moments are counted by hand
 * in {@link ComplaintFixtures}.
 */
class SlaClockTest {

    private static final Instant ONE_SECOND_BEFORE_STAGE_ONE_DUE = Instant.parse("2027-01-12T23:59:59Z");
    /** The extension of the stage-1 (or stage-2) deadline and its message to the customer. */
    private static final CommunicationId FIRST = CommunicationId.of("ext-1");
    /** Extended to Wed 20 Jan 2027. */
    private static final Instant EXTENDED_DUE = Instant.parse("2027-01-21T00:00:00Z");
    /** The end of Tue 19 Jan 2027. */
    private static final Instant EXTENDED_WARNING = Instant.parse("2027-01-20T00:00:00Z");
    /** Escalation acknowledged one second before the target: stage 2 then runs to the end of Tue 19 Jan 2027. */
    private static final EscalationAcknowledged JUST_BEFORE_THE_TARGET = new EscalationAcknowledged(ID, MANAGER,
            Instant.parse("2027-01-05T23:59:59Z"), Instant.parse("2027-01-05T23:59:59Z"),
            Instant.parse("2027-01-20T00:00:00Z"), Instant.parse("2027-01-19T00:00:00Z"), POLICY_VERSION, SUPERVISOR);
    private static final InquiryId SECOND = InquiryId.of("inq-2");
    /** Asked Thu 7 Jan 2027: 3 working days end on Tue 12 Jan, the very moment stage 1 is due. */
    private static final DepartmentInputRequested ASKED_ON_THURSDAY = new DepartmentInputRequested(ID, INQUIRY,
            Department.TESTING_LABORATORY, QUESTION, Instant.parse("2027-01-07T10:00:00Z"),
            Instant.parse("2027-01-07T10:00:00Z"), Instant.parse("2027-01-13T00:00:00Z"),
            Instant.parse("2027-01-12T00:00:00Z"), POLICY_VERSION, ACTOR);

    // ---- R2.1 acknowledgement --------------------------------------------------------------------

    @Test
    @DisplayName("R2.1 warns 12 hours before the acknowledgement deadline; recorded late, it happened at the warning moment")
    void warnsTwelveHoursBeforeTheAcknowledgementDeadline() {
        Instant scannedAt = ACKNOWLEDGEMENT_WARNING.plusSeconds(90);
        fixture(scannedAt).given(received())
                .when(warn(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectEvents(warned(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, Instant.parse("2026-12-25T22:00:00Z"),
                        scannedAt));
    }

    @Test
    @DisplayName("R2.1 records the missed acknowledgement at the deadline, with no warning issued before")
    void recordsTheMissedAcknowledgementAtTheDeadline() {
        fixture(ACKNOWLEDGEMENT_DUE).given(received())
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectEvents(missed(ACKNOWLEDGEMENT, null, Instant.parse("2026-12-26T10:00:00Z"),
                        ACKNOWLEDGEMENT_DUE));
    }

    @Test
    @DisplayName("R2.1 records the missed acknowledgement after its warning")
    void recordsTheMissedAcknowledgementAfterItsWarning() {
        Instant scannedAt = ACKNOWLEDGEMENT_DUE.plusSeconds(30);
        fixture(scannedAt)
                .given(plus(received(), warned(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_WARNING,
                        ACKNOWLEDGEMENT_WARNING)))
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectEvents(missed(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, scannedAt));
    }

    @Test
    @DisplayName("R2.1 a second warning for the same deadline emits nothing")
    void warnsOfTheAcknowledgementOnlyOnce() {
        fixture(ACKNOWLEDGEMENT_DUE)
                .given(plus(received(), warned(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_WARNING,
                        ACKNOWLEDGEMENT_WARNING)))
                .when(warn(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R2.1 a second breach for the same deadline emits nothing")
    void recordsTheMissedAcknowledgementOnlyOnce() {
        fixture(ACKNOWLEDGEMENT_DUE.plusSeconds(3600))
                .given(plus(received(), missed(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_DUE)))
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R2.1 rejects a warning one second before the warning moment")
    void rejectsAnAcknowledgementWarningTooEarly() {
        fixture(ACKNOWLEDGEMENT_WARNING.minusSeconds(1)).given(received())
                .when(warn(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectNoEvents()
                .expectException(WARNING_TOO_EARLY);
    }

    @Test
    @DisplayName("R2.1 rejects a breach one second before the deadline")
    void rejectsAnAcknowledgementBreachBeforeTheDeadline() {
        fixture(ACKNOWLEDGEMENT_DUE.minusSeconds(1)).given(received())
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
    }

    @Test
    @DisplayName("R2.1 acknowledged one second before the deadline: no breach and no warning")
    void acknowledgedOneSecondBeforeTheDeadlineIsNoBreach() {
        // acknowledged on Sat 26 Dec 2026: stage 1 runs to the end of Tue 12 Jan 2027 all the same
        List<Object> acknowledgedJustInTime = List.of(lodged(), acknowledged(Instant.parse("2026-12-26T09:59:59Z"),
                STAGE_ONE_DUE, STAGE_ONE_WARNING));
        fixture(ACKNOWLEDGEMENT_DUE).given(acknowledgedJustInTime)
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(ACKNOWLEDGEMENT_DUE).given(acknowledgedJustInTime)
                .when(warn(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R1.3, R2.1 a breach is no step: a letter of acknowledgement sent before the deadline is still recorded at its time")
    void aBreachDoesNotMoveThePreviousStep() {
        Instant sent = Instant.parse("2026-12-26T09:00:00Z");
        Instant typedIn = Instant.parse("2026-12-26T12:00:00Z");
        fixture(typedIn)
                .given(plus(received(), missed(ACKNOWLEDGEMENT, null, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_DUE)))
                .when(acknowledge(sent))
                .expectEvents(new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.EMAIL, sent, typedIn,
                        Instant.parse("2027-01-13T00:00:00Z"), Instant.parse("2027-01-12T00:00:00Z"),
                        POLICY_VERSION, ACTOR));
    }

    @Test
    @DisplayName("SLA clock: a due that is not the one in force emits nothing")
    void anUnknownDueEmitsNothing() {
        fixture(ACKNOWLEDGEMENT_DUE).given(received())
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE.minusSeconds(3600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("SLA clock: a warning or breach asked for too early is a broken rule, DEADLINE_NOT_REACHED")
    void tooEarlyIsARuleBrokenWithItsOwnCode() {
        assertThat(ComplaintRuleBroken.of(ErrorCode.DEADLINE_NOT_REACHED, ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE,
                ACKNOWLEDGEMENT_WARNING, NOW)).is(matching(WARNING_TOO_EARLY)).hasMessage("the warning for the "
                + ACKNOWLEDGEMENT + " deadline " + ACKNOWLEDGEMENT_DUE + " is due at " + ACKNOWLEDGEMENT_WARNING
                + ", not yet at " + NOW);
        assertThat(ComplaintRuleBroken.of(ErrorCode.DEADLINE_NOT_REACHED, ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE, NOW))
                .is(matching(BREACH_TOO_EARLY)).hasMessage("the " + ACKNOWLEDGEMENT + " deadline " + ACKNOWLEDGEMENT_DUE
                + " has not passed at " + NOW);
        assertThat(ErrorCode.DEADLINE_NOT_REACHED.kind()).isEqualTo(ErrorCode.Kind.RULE_BROKEN);
    }

    @Test
    @DisplayName("SLA clock: rejects a warning that names no deadline")
    void rejectsAWarningWithoutDeadline() {
        fixture(ACKNOWLEDGEMENT_DUE).given(received())
                .when(new IssueDeadlineWarning(ID, null, null, ACKNOWLEDGEMENT_DUE, SLA_CLOCK))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    // ---- R3.4 stage-1 resolution -----------------------------------------------------------------

    @Test
    @DisplayName("R3.4 warns at the end of Mon 11 Jan 2027, the working day before the last day")
    void warnsOfStageOneAtTheEndOfTheWorkingDayBefore() {
        fixture(STAGE_ONE_WARNING).given(underInvestigation())
                .when(warn(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectEvents(warned(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, Instant.parse("2027-01-12T00:00:00Z"),
                        STAGE_ONE_WARNING));
    }

    @Test
    @DisplayName("R3.4 records the missed stage-1 resolution at 00:00 on 13 Jan 2027")
    void recordsTheMissedStageOneAtTheDeadline() {
        fixture(STAGE_ONE_DUE).given(underInvestigation())
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectEvents(missed(STAGE_ONE_RESOLUTION, null, Instant.parse("2027-01-13T00:00:00Z"), STAGE_ONE_DUE));
    }

    @Test
    @DisplayName("R3.4 warning and breach are each recorded once")
    void warnsOfAndRecordsStageOneOnce() {
        List<Object> both = plus(underInvestigation(),
                warned(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_WARNING, STAGE_ONE_WARNING),
                missed(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_DUE));
        fixture(STAGE_ONE_DUE).given(both)
                .when(warn(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(STAGE_ONE_DUE).given(both)
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.4 rejects a warning during Mon 11 Jan 2027 and a breach during Tue 12 Jan")
    void rejectsStageOneWarningAndBreachTooEarly() {
        fixture(STAGE_ONE_WARNING.minusSeconds(1)).given(underInvestigation())
                .when(warn(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectNoEvents()
                .expectException(WARNING_TOO_EARLY);
        fixture(ONE_SECOND_BEFORE_STAGE_ONE_DUE).given(underInvestigation())
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
    }

    @Test
    @DisplayName("R3.4 resolved one second before the deadline: no breach")
    void stageOneResolvedOneSecondBeforeTheDeadlineIsNoBreach() {
        fixture(STAGE_ONE_DUE)
                .given(plus(underInvestigation(), resolvedAtStageOne(ONE_SECOND_BEFORE_STAGE_ONE_DUE,
                        Instant.parse("2027-03-09T23:59:59Z"))))
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- R5 extended resolution deadlines --------------------------------------------------------

    private static List<Object> extendedStageOne(Object... before) {
        return plus(plus(underInvestigation(), before),
                extended(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, STAGE_ONE_DUE, EXTENDED_DUE, EXTENDED_WARNING, FIRST),
                extensionCommunicated(FIRST));
    }

    @Test
    @DisplayName("R5.1 after an extension the old deadline's warning emits nothing")
    void extendedDeadlinesOldWarningEmitsNothing() {
        fixture(STAGE_ONE_WARNING).given(extendedStageOne())
                .when(warn(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R5.1 after an extension the old deadline's breach emits nothing")
    void extendedDeadlinesOldBreachEmitsNothing() {
        fixture(STAGE_ONE_DUE).given(extendedStageOne())
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R5.1 the new deadline is warned of at the end of Tue 19 Jan 2027, even though the old one was warned of")
    void extendedDeadlineIsWarnedOfAfresh() {
        fixture(EXTENDED_WARNING)
                .given(extendedStageOne(warned(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_WARNING,
                        STAGE_ONE_WARNING)))
                .when(warn(STAGE_ONE_RESOLUTION, EXTENDED_DUE))
                .expectEvents(warned(STAGE_ONE_RESOLUTION, null, Instant.parse("2027-01-21T00:00:00Z"),
                        Instant.parse("2027-01-20T00:00:00Z"), EXTENDED_WARNING));
    }

    @Test
    @DisplayName("R5.1, R5.3 an extension after the original deadline was missed: the new deadline is missed on its own account")
    void extendedDeadlineIsMissedOnItsOwnAccount() {
        fixture(EXTENDED_DUE)
                .given(extendedStageOne(missed(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_DUE)))
                .when(recordMiss(STAGE_ONE_RESOLUTION, EXTENDED_DUE))
                .expectEvents(missed(STAGE_ONE_RESOLUTION, null, Instant.parse("2027-01-21T00:00:00Z"), EXTENDED_DUE));
    }

    @Test
    @DisplayName("R5.1 the new deadline is not missed before it passes")
    void rejectsTheExtendedDeadlinesBreachBeforeItPasses() {
        fixture(STAGE_ONE_DUE).given(extendedStageOne())
                .when(recordMiss(STAGE_ONE_RESOLUTION, EXTENDED_DUE))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
    }

    @Test
    @DisplayName("R4.4, R5.1 an extended stage-2 deadline: the old breach emits nothing, the new one is recorded")
    void extendedStageTwoOldBreachEmitsNothingNewOneIsRecorded() {
        List<Object> history = plus(underReview(),
                extended(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE, STAGE_TWO_DUE, EXTENDED_DUE, EXTENDED_WARNING, FIRST),
                extensionCommunicated(FIRST));
        fixture(STAGE_TWO_DUE).given(history)
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(EXTENDED_DUE).given(history)
                .when(recordMiss(STAGE_TWO_RESOLUTION, EXTENDED_DUE))
                .expectEvents(missed(STAGE_TWO_RESOLUTION, null, EXTENDED_DUE, EXTENDED_DUE));
    }

    // ---- R4.3 escalation acknowledgement, target and limit ---------------------------------------

    @Test
    @DisplayName("R4.3 warns of the target at the end of Mon 4 Jan 2027 and records its miss at 00:00 on 6 Jan")
    void escalationTargetIsWarnedOfAndMissed() {
        fixture(ESCALATION_TARGET_WARNING).given(escalatedHistory())
                .when(warn(ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_TARGET))
                .expectEvents(warned(ESCALATION_ACKNOWLEDGEMENT_TARGET, null, Instant.parse("2027-01-06T00:00:00Z"),
                        Instant.parse("2027-01-05T00:00:00Z"), ESCALATION_TARGET_WARNING));
        fixture(ESCALATION_TARGET).given(escalatedHistory())
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_TARGET))
                .expectEvents(missed(ESCALATION_ACKNOWLEDGEMENT_TARGET, null, ESCALATION_TARGET, ESCALATION_TARGET));
    }

    @Test
    @DisplayName("R4.3 the limit is a moment of its own: warned at the end of Mon 11 Jan 2027, missed at 00:00 on 13 Jan, after the missed target")
    void escalationLimitIsWarnedOfAndMissedSeparately() {
        List<Object> targetMissed = plus(escalatedHistory(),
                missed(ESCALATION_ACKNOWLEDGEMENT_TARGET, null, ESCALATION_TARGET, ESCALATION_TARGET));
        fixture(ESCALATION_LIMIT_WARNING).given(targetMissed)
                .when(warn(ESCALATION_ACKNOWLEDGEMENT_LIMIT, ESCALATION_LIMIT))
                .expectEvents(warned(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, Instant.parse("2027-01-13T00:00:00Z"),
                        Instant.parse("2027-01-12T00:00:00Z"), ESCALATION_LIMIT_WARNING));
        fixture(ESCALATION_LIMIT).given(targetMissed)
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_LIMIT, ESCALATION_LIMIT))
                .expectEvents(missed(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, ESCALATION_LIMIT, ESCALATION_LIMIT));
    }

    @Test
    @DisplayName("R4.3 target and limit breaches are each recorded once")
    void escalationTargetAndLimitBreachesAreRecordedOnce() {
        List<Object> both = plus(escalatedHistory(),
                missed(ESCALATION_ACKNOWLEDGEMENT_TARGET, null, ESCALATION_TARGET, ESCALATION_TARGET),
                missed(ESCALATION_ACKNOWLEDGEMENT_LIMIT, null, ESCALATION_LIMIT, ESCALATION_LIMIT));
        fixture(ESCALATION_LIMIT).given(both)
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_TARGET))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(ESCALATION_LIMIT).given(both)
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_LIMIT, ESCALATION_LIMIT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R4.3 rejects the limit's breach at the target")
    void rejectsTheEscalationLimitBreachAtTheTarget() {
        fixture(ESCALATION_TARGET).given(escalatedHistory())
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_LIMIT, ESCALATION_LIMIT))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
    }

    @Test
    @DisplayName("R4.3 acknowledged one second before the target: neither target nor limit is breached")
    void escalationAcknowledgedOneSecondBeforeTheTargetMeetsTargetAndLimit() {
        fixture(ESCALATION_TARGET).given(plus(escalatedHistory(), JUST_BEFORE_THE_TARGET))
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_TARGET, ESCALATION_TARGET))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(ESCALATION_LIMIT).given(plus(escalatedHistory(), JUST_BEFORE_THE_TARGET))
                .when(recordMiss(ESCALATION_ACKNOWLEDGEMENT_LIMIT, ESCALATION_LIMIT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- R4.4 stage-2 resolution -----------------------------------------------------------------

    @Test
    @DisplayName("R4.4 warns at the end of Mon 11 Jan 2027 and records the miss at 00:00 on 13 Jan")
    void warnsOfAndRecordsTheMissedStageTwo() {
        fixture(STAGE_TWO_WARNING).given(underReview())
                .when(warn(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectEvents(warned(STAGE_TWO_RESOLUTION, null, Instant.parse("2027-01-13T00:00:00Z"),
                        Instant.parse("2027-01-12T00:00:00Z"), STAGE_TWO_WARNING));
        fixture(STAGE_TWO_DUE).given(underReview())
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectEvents(missed(STAGE_TWO_RESOLUTION, null, STAGE_TWO_DUE, STAGE_TWO_DUE));
    }

    @Test
    @DisplayName("R4.4 warning and breach are each recorded once")
    void warnsOfAndRecordsStageTwoOnce() {
        List<Object> both = plus(underReview(),
                warned(STAGE_TWO_RESOLUTION, null, STAGE_TWO_DUE, STAGE_TWO_WARNING, STAGE_TWO_WARNING),
                missed(STAGE_TWO_RESOLUTION, null, STAGE_TWO_DUE, STAGE_TWO_DUE));
        fixture(STAGE_TWO_DUE).given(both)
                .when(warn(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(STAGE_TWO_DUE).given(both)
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R4.4 rejects a warning and a breach before their moments")
    void rejectsStageTwoWarningAndBreachTooEarly() {
        fixture(STAGE_TWO_WARNING.minusSeconds(1)).given(underReview())
                .when(warn(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectNoEvents()
                .expectException(WARNING_TOO_EARLY);
        fixture(STAGE_TWO_DUE.minusSeconds(1)).given(underReview())
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
    }

    @Test
    @DisplayName("R4.4 resolved one second before the deadline: no breach")
    void stageTwoResolvedOneSecondBeforeTheDeadlineIsNoBreach() {
        ComplaintResolved finalResponse = new ComplaintResolved(ID, Stage.TWO, Outcome.PARTLY_UPHELD, REMEDY,
                ROOT_CAUSE, true, REVIEW_CALL, CommunicationChannel.PHONE, REVIEW, ONE_SECOND_BEFORE_STAGE_ONE_DUE,
                ONE_SECOND_BEFORE_STAGE_ONE_DUE, null, POLICY_VERSION, MANAGER_USER);
        fixture(STAGE_TWO_DUE).given(plus(underReview(), finalResponse))
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- R3.2 department responses ---------------------------------------------------------------

    @Test
    @DisplayName("R3.2 warns at the end of Wed 30 Dec 2026 that the department's answer is due, naming the inquiry")
    void warnsOfADepartmentResponseNamingTheInquiry() {
        fixture(DEPARTMENT_RESPONSE_WARNING).given(plus(underInvestigation(), inputRequested()))
                .when(warn(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectEvents(warned(DEPARTMENT_RESPONSE, INQUIRY, Instant.parse("2027-01-01T00:00:00Z"),
                        Instant.parse("2026-12-31T00:00:00Z"), DEPARTMENT_RESPONSE_WARNING));
    }

    @Test
    @DisplayName("R3.2 asked on Christmas Eve, the deadline skips Christmas Day and the Boxing Day substitute: not due 3 calendar days later, at 00:00 on 28 Dec, but at 00:00 on 1 Jan 2027")
    void departmentResponseDeadlineSkipsTheBankHolidayWeekend() {
        Instant threeCalendarDaysLater = Instant.parse("2026-12-28T00:00:00Z");
        fixture(threeCalendarDaysLater).given(plus(underInvestigation(), inputRequested()))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectNoEvents()
                .expectException(BREACH_TOO_EARLY);
        fixture(threeCalendarDaysLater).given(plus(underInvestigation(), inputRequested()))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, threeCalendarDaysLater))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(DEPARTMENT_RESPONSE_DUE).given(plus(underInvestigation(), inputRequested()))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectEvents(missed(DEPARTMENT_RESPONSE, INQUIRY, Instant.parse("2027-01-01T00:00:00Z"),
                        DEPARTMENT_RESPONSE_DUE));
    }

    @Test
    @DisplayName("R3.2 warning and breach are each recorded once per inquiry")
    void warnsOfAndRecordsADepartmentResponseOnce() {
        List<Object> both = plus(underInvestigation(), inputRequested(),
                warned(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_WARNING,
                        DEPARTMENT_RESPONSE_WARNING),
                missed(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_DUE));
        fixture(DEPARTMENT_RESPONSE_DUE).given(both)
                .when(warn(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(DEPARTMENT_RESPONSE_DUE).given(both)
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 rejects a warning before the end of Wed 30 Dec 2026")
    void rejectsADepartmentResponseWarningTooEarly() {
        fixture(DEPARTMENT_RESPONSE_WARNING.minusSeconds(1)).given(plus(underInvestigation(), inputRequested()))
                .when(warn(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectNoEvents()
                .expectException(WARNING_TOO_EARLY);
    }

    @Test
    @DisplayName("R3.2 answered one second before the deadline: no breach")
    void departmentAnsweredOneSecondBeforeTheDeadlineIsNoBreach() {
        fixture(DEPARTMENT_RESPONSE_DUE)
                .given(plus(underInvestigation(), inputRequested(),
                        inputReceived(INQUIRY, ANSWER, Instant.parse("2026-12-31T23:59:59Z"))))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 each inquiry has its own deadline: the answered one is not breached, the unanswered one is")
    void eachInquiryHasItsOwnDeadline() {
        List<Object> twoInquiries = plus(underInvestigation(), inputRequested(),
                inputRequested(SECOND, NOW, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_WARNING),
                inputReceived(INQUIRY, ANSWER, NOW));
        fixture(DEPARTMENT_RESPONSE_DUE).given(twoInquiries)
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(DEPARTMENT_RESPONSE_DUE).given(twoInquiries)
                .when(recordMiss(DEPARTMENT_RESPONSE, SECOND, DEPARTMENT_RESPONSE_DUE))
                .expectEvents(missed(DEPARTMENT_RESPONSE, SECOND, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_DUE));
    }

    @Test
    @DisplayName("R3.2 a department response without its inquiry id is not a deadline in force: nothing")
    void departmentResponseWithoutInquiryIdEmitsNothing() {
        fixture(DEPARTMENT_RESPONSE_DUE).given(plus(underInvestigation(), inputRequested()))
                .when(recordMiss(DEPARTMENT_RESPONSE, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 the department still owes its answer after the stage-1 resolution, until the complaint ends")
    void departmentResponseStillRunsAfterTheStageOneResolution() {
        fixture(DEPARTMENT_RESPONSE_DUE).given(plus(underInvestigation(), inputRequested(), resolvedAtStageOneEvent()))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectEvents(missed(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE, DEPARTMENT_RESPONSE_DUE));
    }

    // ---- two obligations due at the same moment --------------------------------------------------

    @Test
    @DisplayName("R3.2, R3.4 a department response and stage 1 due at the same moment are each breached on their own")
    void obligationsDueAtTheSameMomentAreBreachedSeparately() {
        List<Object> history = plus(underInvestigation(), ASKED_ON_THURSDAY);
        fixture(STAGE_ONE_DUE).given(history)
                .when(recordMiss(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectEvents(missed(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_DUE));
        fixture(STAGE_ONE_DUE).given(plus(history, missed(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_DUE)))
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, STAGE_ONE_DUE))
                .expectEvents(missed(DEPARTMENT_RESPONSE, INQUIRY, STAGE_ONE_DUE, STAGE_ONE_DUE));
    }

    @Test
    @DisplayName("R3.2, R3.4 warned of the same moment: each obligation is warned of once, on its own")
    void obligationsDueAtTheSameMomentAreWarnedOfSeparately() {
        List<Object> history = plus(underInvestigation(), ASKED_ON_THURSDAY,
                warned(DEPARTMENT_RESPONSE, INQUIRY, STAGE_ONE_DUE, STAGE_ONE_WARNING, STAGE_ONE_WARNING));
        fixture(STAGE_ONE_WARNING).given(history)
                .when(warn(STAGE_ONE_RESOLUTION, STAGE_ONE_DUE))
                .expectEvents(warned(STAGE_ONE_RESOLUTION, null, STAGE_ONE_DUE, STAGE_ONE_WARNING, STAGE_ONE_WARNING));
        fixture(STAGE_ONE_WARNING).given(history)
                .when(warn(DEPARTMENT_RESPONSE, INQUIRY, STAGE_ONE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- lifecycle: ended complaints and stale commands ------------------------------------------

    @Test
    @DisplayName("Lifecycle: a withdrawn complaint owes no acknowledgement: the clock's late warning and breach emit nothing")
    void withdrawnComplaintsClockCommandsEmitNothing() {
        fixture(ACKNOWLEDGEMENT_DUE).given(withdrawnHistory())
                .when(warn(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(ACKNOWLEDGEMENT_DUE).given(withdrawnHistory())
                .when(recordMiss(ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("Lifecycle: closing a complaint stops an unanswered department request's clock")
    void closedComplaintsClockCommandsEmitNothing() {
        List<Object> closedWithOpenInquiry = plus(underInvestigation(), inputRequested(), resolvedAtStageOneEvent(),
                closed(ClosureReason.ACCEPTED_BY_CUSTOMER));
        fixture(DEPARTMENT_RESPONSE_DUE).given(closedWithOpenInquiry)
                .when(warn(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(DEPARTMENT_RESPONSE_DUE).given(closedWithOpenInquiry)
                .when(recordMiss(DEPARTMENT_RESPONSE, INQUIRY, DEPARTMENT_RESPONSE_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("Lifecycle: a stale clock command for a deadline that never ran on this complaint emits nothing")
    void deadlineThatNeverRanEmitsNothing() {
        fixture(STAGE_TWO_DUE).given(underInvestigation())
                .when(recordMiss(STAGE_TWO_RESOLUTION, STAGE_TWO_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
