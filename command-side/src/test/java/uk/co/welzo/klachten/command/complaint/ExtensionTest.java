package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.ExtendDeadline;
import uk.co.welzo.klachten.api.complaint.event.CustomerCommunicationRecorded;
import uk.co.welzo.klachten.api.complaint.event.DeadlineExtended;

/** Extending the running resolution deadline and telling the customer (R5). */
class ExtensionTest {

    private static final CommunicationId FIRST = CommunicationId.of("ext-1");
    private static final CommunicationId SECOND = CommunicationId.of("ext-2");
    /** Extended to Wed 20 Jan 2027: late from London midnight after it. */
    private static final Instant EXTENDED_DUE = Instant.parse("2027-01-21T00:00:00Z");
    /** Warned at the end of the working day before Wed 20 Jan 2027: Tue 19 Jan. */
    private static final Instant EXTENDED_WARNING = Instant.parse("2027-01-20T00:00:00Z");

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> extendedOnce() {
        return plus(underInvestigation(),
                extended(DeadlineKind.STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, STAGE_ONE_DUE, EXTENDED_DUE, EXTENDED_WARNING,
                        FIRST),
                extensionCommunicated(FIRST));
    }

    @Test
    @DisplayName("R5.1, R5.2, R5.3 extends the stage-1 deadline with a new warning moment, keeps the original, and records telling the customer")
    void extendsTheStageOneDeadlineAndTellsTheCustomer() {
        fixture.given(underInvestigation())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectEvents(
                        extended(DeadlineKind.STAGE_ONE_RESOLUTION, Instant.parse("2027-01-13T00:00:00Z"),
                                Instant.parse("2027-01-13T00:00:00Z"), Instant.parse("2027-01-21T00:00:00Z"),
                                Instant.parse("2027-01-20T00:00:00Z"), FIRST),
                        extensionCommunicated(FIRST));
    }

    @Test
    @DisplayName("R5.3 a second extension keeps the original deadline and names the first extension as the previous one")
    void secondExtensionCarriesTheFirstAsPrevious() {
        fixture.given(extendedOnce())
                .when(extend(LocalDate.of(2027, 1, 27), SECOND))
                .expectEvents(
                        extended(DeadlineKind.STAGE_ONE_RESOLUTION, Instant.parse("2027-01-13T00:00:00Z"),
                                Instant.parse("2027-01-21T00:00:00Z"), Instant.parse("2027-01-28T00:00:00Z"),
                                Instant.parse("2027-01-27T00:00:00Z"), SECOND),
                        extensionCommunicated(SECOND));
    }

    @Test
    @DisplayName("R5.1 an extension to a summer date runs to London midnight, 23:00Z; to Mon 5 Apr 2027, warned at the end of Fri 2 Apr")
    void extensionToASummerDateEndsAtLondonMidnight() {
        fixture.given(underInvestigation())
                .when(extend(LocalDate.of(2027, 4, 5), FIRST))
                .expectEvents(
                        extended(DeadlineKind.STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, STAGE_ONE_DUE,
                                Instant.parse("2027-04-05T23:00:00Z"), Instant.parse("2027-04-02T23:00:00Z"), FIRST),
                        extensionCommunicated(FIRST));
    }

    @Test
    @DisplayName("R5.1 extends the stage-2 deadline during the review")
    void extendsTheStageTwoDeadline() {
        fixture.given(underReview())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectEvents(
                        extended(DeadlineKind.STAGE_TWO_RESOLUTION, Instant.parse("2027-01-13T00:00:00Z"),
                                Instant.parse("2027-01-13T00:00:00Z"), EXTENDED_DUE, EXTENDED_WARNING, FIRST),
                        extensionCommunicated(FIRST));
    }

    @Test
    @DisplayName("R5.3 a stage-2 extension has the stage-2 deadline as original, not an extended stage-1 one")
    void stageTwoExtensionStartsFromTheStageTwoDeadline() {
        fixture.given(plus(extendedOnce(), resolvedAtStageOneEvent(), escalated(), escalationAcknowledged()))
                .when(extend(LocalDate.of(2027, 1, 27), SECOND))
                .expectEvents(
                        extended(DeadlineKind.STAGE_TWO_RESOLUTION, STAGE_TWO_DUE, STAGE_TWO_DUE,
                                Instant.parse("2027-01-28T00:00:00Z"), Instant.parse("2027-01-27T00:00:00Z"), SECOND),
                        extensionCommunicated(SECOND));
    }

    @Test
    @DisplayName("R5.1 an extension to a date so near that its warning moment has passed is warned of from the extension itself")
    void extensionToANearDateIsWarnedOfFromTheExtension() {
        // Wed 13 Jan 2027, 09:00: the stage-1 deadline passed at 00:00; extended to the end of today,
        // whose working-day warning (end of Tue 12 Jan) would lie before the extension.
        Instant wednesdayMorning = Instant.parse("2027-01-13T09:00:00Z");
        fixture(wednesdayMorning).given(underInvestigation())
                .when(extend(LocalDate.of(2027, 1, 13), FIRST))
                .expectEvents(
                        new DeadlineExtended(ID, DeadlineKind.STAGE_ONE_RESOLUTION, STAGE_ONE_DUE, STAGE_ONE_DUE,
                                Instant.parse("2027-01-14T00:00:00Z"), wednesdayMorning, EXTENSION_REASON, FIRST,
                                wednesdayMorning, wednesdayMorning, ACTOR),
                        new CustomerCommunicationRecorded(ID, FIRST, CommunicationChannel.EMAIL, Direction.OUTBOUND,
                                EXTENSION_SUMMARY, wednesdayMorning, wednesdayMorning, ACTOR));
    }

    @Test
    @DisplayName("R5.1 the same extension again emits nothing")
    void repeatedExtensionEmitsNothing() {
        fixture.given(extendedOnce())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R5.2 rejects an extension to another date under a communication id already used")
    void rejectsAnotherExtensionUnderAUsedCommunicationId() {
        fixture.given(extendedOnce())
                .when(extend(LocalDate.of(2027, 1, 27), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMMUNICATION_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R5.1 extends to exactly one year from today, the furthest an extension may reach")
    void extendsToExactlyOneYearAhead() {
        fixture.given(underInvestigation())
                .when(extend(LocalDate.of(2027, 12, 24), FIRST))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("R5.1 rejects a new deadline more than a year ahead (a date typed without separators), naming newDeadline")
    void rejectsANewDeadlineMoreThanAYearAhead() {
        fixture.given(underInvestigation())
                .when(extend(LocalDate.of(2027, 12, 25), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.EXTENSION_TOO_FAR_AHEAD))
                .expectException(naming("newDeadline"));
    }

    @Test
    @DisplayName("R5.1 rejects an extension to the current deadline")
    void rejectsAnExtensionToTheCurrentDeadline() {
        fixture.given(underInvestigation())
                .when(extend(LocalDate.of(2027, 1, 12), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.EXTENSION_NOT_LATER));
    }

    @Test
    @DisplayName("R5.1 rejects an extension to an earlier date")
    void rejectsAnExtensionToAnEarlierDate() {
        fixture.given(extendedOnce())
                .when(extend(LocalDate.of(2027, 1, 15), SECOND))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.EXTENSION_NOT_LATER));
    }

    @Test
    @DisplayName("R5.1 rejects an extension before acknowledgement: no resolution deadline runs")
    void rejectsAnExtensionBeforeAcknowledgement() {
        fixture.given(received())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NO_RESOLUTION_DEADLINE_RUNNING));
    }

    @Test
    @DisplayName("R5.1 rejects an extension after the stage-1 resolution: no resolution deadline runs")
    void rejectsAnExtensionAfterStageOneResolution() {
        fixture.given(resolvedAtStageOne())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NO_RESOLUTION_DEADLINE_RUNNING));
    }

    @Test
    @DisplayName("R5.1 rejects an extension while the escalation awaits acknowledgement")
    void rejectsAnExtensionWhileEscalated() {
        fixture.given(escalatedHistory())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.NO_RESOLUTION_DEADLINE_RUNNING));
    }

    @Test
    @DisplayName("R5.1 rejects an extension without a reason")
    void rejectsAnExtensionWithoutReason() {
        fixture.given(underInvestigation())
                .when(new ExtendDeadline(ID, LocalDate.of(2027, 1, 20), " ", FIRST, CommunicationChannel.EMAIL,
                        EXTENSION_SUMMARY, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R5.1 rejects an extension without a new deadline")
    void rejectsAnExtensionWithoutNewDeadline() {
        fixture.given(underInvestigation())
                .when(new ExtendDeadline(ID, null, EXTENSION_REASON, FIRST, CommunicationChannel.EMAIL,
                        EXTENSION_SUMMARY, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R5.2 rejects an extension without the summary told to the customer")
    void rejectsAnExtensionWithoutSummary() {
        fixture.given(underInvestigation())
                .when(new ExtendDeadline(ID, LocalDate.of(2027, 1, 20), EXTENSION_REASON, FIRST,
                        CommunicationChannel.EMAIL, "", null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("Lifecycle: rejects an extension on a closed complaint")
    void rejectsAnExtensionOnAClosedComplaint() {
        fixture.given(closedHistory())
                .when(extend(LocalDate.of(2027, 1, 20), FIRST))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_CLOSED));
    }
}
