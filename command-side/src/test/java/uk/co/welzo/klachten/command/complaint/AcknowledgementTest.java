package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAcknowledged;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/** Acknowledging a complaint and starting the stage-1 resolution deadline (R2, R3.4). */
class AcknowledgementTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    @DisplayName("R3.4 acknowledged Thu 24 Dec 2026: stage 1 is due by the end of Tue 12 Jan 2027, skipping Christmas, Boxing Day substitute and New Year; warned at the end of Mon 11 Jan")
    void acknowledgesAndStartsTheStageOneDeadlineAcrossChristmas() {
        fixture.given(received())
                .when(acknowledge())
                .expectEvents(acknowledged(NOW, Instant.parse("2027-01-13T00:00:00Z"),
                        Instant.parse("2027-01-12T00:00:00Z")));
    }

    @Test
    @DisplayName("R1.3, R3.4 an acknowledgement sent on Wednesday and recorded on Thursday counts from Wednesday")
    void countsTheStageOneDeadlineFromWhenTheAcknowledgementWasSent() {
        Instant letterArrived = Instant.parse("2026-12-23T08:30:00Z");
        Instant sentWednesday = Instant.parse("2026-12-23T15:00:00Z");
        fixture.given(lodged(letterArrived, Instant.parse("2026-12-25T08:30:00Z"), Instant.parse("2026-12-24T20:30:00Z")))
                .when(acknowledge(sentWednesday))
                // due by the end of Mon 11 Jan 2027; warned at the end of the Friday before it
                .expectEvents(acknowledged(sentWednesday, Instant.parse("2027-01-12T00:00:00Z"),
                        Instant.parse("2027-01-09T00:00:00Z")));
    }

    @Test
    @DisplayName("R3.4 counts from the London date and ends at London midnight, 23:00Z in summer; so does its warning")
    void countsWorkingDaysFromTheLondonDateInSummer() {
        // 23:30 London on Tue 1 June 2027 is 22:30Z; ten working days later is Tue 15 June, warned at the end of Mon 14.
        Instant lateEvening = Instant.parse("2027-06-01T22:30:00Z");
        fixture(lateEvening)
                .given(new ComplaintLodged(ID, REFERENCE,
                        Channel.PHONE,
                        Category.SERVICE, COMPLAINANT, DESCRIPTION, null, null,
                        Instant.parse("2027-06-01T09:00:00Z"), Instant.parse("2027-06-01T09:00:00Z"),
                        Instant.parse("2027-06-03T09:00:00Z"), Instant.parse("2027-06-02T21:00:00Z"), POLICY_VERSION,
                        ACTOR))
                .when(acknowledge())
                .expectEvents(new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.EMAIL,
                        lateEvening, lateEvening, Instant.parse("2027-06-15T23:00:00Z"),
                        Instant.parse("2027-06-14T23:00:00Z"), POLICY_VERSION, ACTOR));
    }

    @Test
    @DisplayName("R2.2 the acknowledgement records the reference number it gave the customer and the channel it went by")
    void recordsTheReferenceGivenAndTheChannel() {
        fixture.given(received())
                .when(new AcknowledgeComplaint(ID, CommunicationChannel.PHONE, null, ACTOR))
                .expectEvents(new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.PHONE,
                        NOW, NOW, STAGE_ONE_DUE, STAGE_ONE_WARNING, POLICY_VERSION, ACTOR));
    }

    @Test
    @DisplayName("R2 the actor of the command is the actor of the event")
    void recordsTheActorOfTheCommand() {
        fixture.given(received())
                .when(new AcknowledgeComplaint(ID, CommunicationChannel.EMAIL, null,
                        SUPERVISOR))
                .expectEvents(new ComplaintAcknowledged(ID, REFERENCE, CommunicationChannel.EMAIL,
                        NOW, NOW, STAGE_ONE_DUE, STAGE_ONE_WARNING, POLICY_VERSION, SUPERVISOR));
    }

    @Test
    @DisplayName("R2 rejects a second acknowledgement")
    void rejectsASecondAcknowledgement() {
        fixture.given(underInvestigation())
                .when(acknowledge())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ALREADY_ACKNOWLEDGED));
    }

    @Test
    @DisplayName("R1.3 rejects an acknowledgement dated before the complaint was received")
    void rejectsAcknowledgementBeforeReceipt() {
        Instant letterArrived = Instant.parse("2026-12-23T08:30:00Z");
        fixture.given(lodged(letterArrived, Instant.parse("2026-12-25T08:30:00Z"), Instant.parse("2026-12-24T20:30:00Z")))
                .when(acknowledge(Instant.parse("2026-12-23T08:29:59Z")))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    @DisplayName("R1.3 rejects an acknowledgement dated in the future")
    void rejectsAcknowledgementInTheFuture() {
        fixture.given(received())
                .when(acknowledge(NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_IN_FUTURE));
    }

    @Test
    @DisplayName("R2 rejects an acknowledgement without a channel")
    void rejectsAcknowledgementWithoutChannel() {
        fixture.given(received())
                .when(new AcknowledgeComplaint(ID, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("Lifecycle: rejects acknowledging a withdrawn complaint")
    void rejectsAcknowledgingAWithdrawnComplaint() {
        fixture.given(withdrawnHistory())
                .when(acknowledge())
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_WITHDRAWN));
    }
}
