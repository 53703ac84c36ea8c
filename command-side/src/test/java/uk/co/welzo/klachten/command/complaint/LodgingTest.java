package uk.co.welzo.klachten.command.complaint;

import static uk.co.welzo.klachten.command.complaint.ComplaintFixtures.*;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;
import uk.co.welzo.klachten.api.complaint.event.ReferenceNumberReserved;

/** Lodging a complaint (R1, R2.1, R2.2) and retrying the lodge command. */
class LodgingTest {

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    @DisplayName("R1, R2.1, R2.2 lodges a complaint with a reference, a 48-hour acknowledgement deadline warned 12 hours before, and a reserved reference")
    void lodgesComplaintAndReservesItsReference() {
        fixture.givenNoPriorActivity()
                .when(lodge())
                .expectSuccessfulHandlerExecution()
                .expectEvents(lodged(NOW, Instant.parse("2026-12-26T10:00:00Z"), Instant.parse("2026-12-25T22:00:00Z")),
                        reserved())
                .expectResultMessagePayload(REFERENCE);
    }

    @Test
    @DisplayName("R1.3, R2.1 a letter received yesterday is due for acknowledgement 48 hours after it arrived, not after typing-in")
    void countsTheAcknowledgementDeadlineFromWhenTheLetterArrived() {
        Instant letterArrived = Instant.parse("2026-12-23T08:30:00Z");
        LodgeComplaint letter = new LodgeComplaint(ID, Channel.LETTER, Category.BILLING_AND_PAYMENT, COMPLAINANT,
                DESCRIPTION, null, null, letterArrived, ACTOR);
        fixture.givenNoPriorActivity()
                .when(letter)
                .expectEvents(new ComplaintLodged(ID, REFERENCE, Channel.LETTER, Category.BILLING_AND_PAYMENT,
                                COMPLAINANT, DESCRIPTION, null, null, letterArrived, NOW,
                                Instant.parse("2026-12-25T08:30:00Z"), Instant.parse("2026-12-24T20:30:00Z"),
                                POLICY_VERSION, ACTOR),
                        reserved())
                .expectResultMessagePayload(REFERENCE);
    }

    @Test
    @DisplayName("R1 strips the text it stores and keeps blank optional details as absent")
    void stripsTextAndDropsBlankOptionalDetails() {
        LodgeComplaint padded = new LodgeComplaint(ID, Channel.EMAIL, Category.SERVICE, COMPLAINANT,
                "  " + DESCRIPTION + "\n", "   ", " " + PRODUCT + " ", null, ACTOR);
        fixture.givenNoPriorActivity()
                .when(padded)
                .expectEvents(new ComplaintLodged(ID, REFERENCE, Channel.EMAIL, Category.SERVICE, COMPLAINANT,
                        DESCRIPTION, null, PRODUCT, NOW, NOW, ACKNOWLEDGEMENT_DUE, ACKNOWLEDGEMENT_WARNING, POLICY_VERSION, ACTOR),
                        reserved());
    }

    @Test
    @DisplayName("R1.3 rejects a complaint received in the future")
    void rejectsReceiptInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(lodge(NOW.plusSeconds(1)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_IN_FUTURE));
    }

    @Test
    @DisplayName("R1.3 rejects a complaint received before complaint records begin, naming receivedAt")
    void rejectsReceiptBeforeRecordsBegin() {
        fixture.givenNoPriorActivity()
                .when(lodge(Instant.parse("1999-12-31T23:59:59Z")))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.OCCURRED_BEFORE_RECORDS_BEGAN))
                .expectException(naming("receivedAt"));
    }

    @Test
    @DisplayName("R1.3 names receivedAt when a complaint is received in the future")
    void namesReceivedAtWhenReceivedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(lodge(NOW.plusSeconds(1)))
                .expectException(naming("receivedAt"));
    }

    @Test
    @DisplayName("R1 rejects a description of only invisible characters, as the edge does, naming it")
    void rejectsADescriptionOfOnlyInvisibleCharacters() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.PHONE, Category.OTHER, COMPLAINANT, "\u00A0\u200B\u2028", null, null,
                        null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT))
                .expectException(naming("description"));
    }

    @Test
    @DisplayName("R1 rejects a complainant whose name shows nothing, as the edge does, naming complainant.name")
    void rejectsAComplainantWhoseNameShowsNothing() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.PHONE, Category.OTHER,
                        new Complainant("\u00A0\u200B", "ann@example.org", null, null), "The parcel was broken", null,
                        null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT))
                .expectException(naming("complainant.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org\r\nBcc: eve@example.org", "ann@example.org\n", "ann@exa\rmple.org",
            "ann@example.org\u2028", "ann@example.org\u0085", "ann\u200B@example.org", "ann example@example.org",
            "not-an-address", "@example.org", "ann@", "ann@@example.org", "ann@example..org", "ann@.example.org"})
    @DisplayName("R2, issue #15: rejects a malformed e-mail address, or one with a line break, when the complaint is "
            + "lodged, naming complainant.email")
    void rejectsAMalformedEmailAddress(String address) {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.WEB_FORM, Category.OTHER,
                        new Complainant("Ann Smith", address, null, null), DESCRIPTION, null, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT))
                .expectException(naming("complainant.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", "ann.o'brien+complaints@mail.example.co.uk", "ánn@exämple.org"})
    @DisplayName("R2, issue #15: takes a well-formed e-mail address as given")
    void takesAWellFormedEmailAddress(String address) {
        Complainant complainant = new Complainant("Ann Smith", address, null, null);
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.WEB_FORM, Category.OTHER, complainant, DESCRIPTION, null, null,
                        null, ACTOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("R1 rejects a complaint without a description")
    void rejectsBlankDescription() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.PHONE, Category.OTHER, COMPLAINANT, "  ", null, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.2 rejects a complaint without a category")
    void rejectsMissingCategory() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.PHONE, null, COMPLAINANT, DESCRIPTION, null, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1.3 rejects a complaint without a channel")
    void rejectsMissingChannel() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, null, Category.OTHER, COMPLAINANT, DESCRIPTION, null, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R1 rejects a complaint without a complainant")
    void rejectsMissingComplainant() {
        fixture.givenNoPriorActivity()
                .when(new LodgeComplaint(ID, Channel.PHONE, Category.OTHER, null, DESCRIPTION, null, null, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.INVALID_INPUT));
    }

    @Test
    @DisplayName("R2.2 the same lodge command again emits nothing and answers the same reference")
    void retriedLodgeAnswersTheSameReference() {
        fixture.given(lodged())
                .when(lodge())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(REFERENCE);
    }

    @Test
    @DisplayName("R1.3 a retried letter with the same receipt time answers the same reference")
    void retriedLetterWithSameReceiptAnswersTheSameReference() {
        Instant letterArrived = Instant.parse("2026-12-23T08:30:00Z");
        fixture.given(lodged(letterArrived, Instant.parse("2026-12-25T08:30:00Z"), Instant.parse("2026-12-24T20:30:00Z")))
                .when(lodge(letterArrived))
                .expectNoEvents()
                .expectResultMessagePayload(REFERENCE);
    }

    @Test
    @DisplayName("R2.2 the same complaint id with different details is refused")
    void rejectsTheSameIdWithDifferentDetails() {
        fixture.given(lodged())
                .when(new LodgeComplaint(ID, Channel.WEB_FORM, Category.PRODUCT_DEFECT, COMPLAINANT,
                        "Something else entirely", ORDER_NUMBER, PRODUCT, null, ACTOR))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R1.3 the same complaint id with a different receipt time is refused")
    void rejectsTheSameIdWithDifferentReceiptTime() {
        fixture.given(lodged())
                .when(lodge(NOW.minusSeconds(3600)))
                .expectNoEvents()
                .expectException(brokenRule(ErrorCode.COMPLAINT_ID_ALREADY_USED));
    }

    @Test
    @DisplayName("R2.2 the reservation event names the reference and the complaint it belongs to")
    void reservationNamesReferenceAndComplaint() {
        fixture.givenNoPriorActivity()
                .when(lodge())
                .expectEvents(lodged(), new ReferenceNumberReserved(REFERENCE, ID, NOW));
    }
}
