package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import uk.co.welzo.klachten.api.PersonalData;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static uk.co.welzo.klachten.query.sla.SlaHistory.acknowledged;
import static uk.co.welzo.klachten.query.sla.SlaHistory.answered;
import static uk.co.welzo.klachten.query.sla.SlaHistory.asked;
import static uk.co.welzo.klachten.query.sla.SlaHistory.stageOneMissed;
import static uk.co.welzo.klachten.query.sla.SlaHistory.stageOneWarned;
import static uk.co.welzo.klachten.query.sla.SlaHistory.escalated;
import static uk.co.welzo.klachten.query.sla.SlaHistory.escalationAcknowledged;
import static uk.co.welzo.klachten.query.sla.SlaHistory.extended;
import static uk.co.welzo.klachten.query.sla.SlaHistory.lodged;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * Which events put which letter in the outbox, through Axon's own handler adapter (so {@code @DisallowReplay} acts as it
 * does in a processor), into a real MongoDB wire server.
 */
@ExtendWith(MongoTestServer.class)
class CorrespondenceProcessTest {

    private static final Instant NOW = Instant.parse("2025-03-08T09:00:00Z");
    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter process;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        mongo.dropCollection(OutboxEntry.class);
        process = new AnnotationEventHandlerAdapter(
                new CorrespondenceProcess(new Outbox(mongo), SampleCases.STAFF, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static DomainEventMessage<?> event(ComplaintId id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Complaint", id.value(), sequence, payload);
    }

    private List<OutboxEntry> letters(ComplaintId id) {
        return mongo.find(query(where("complaintId").is(id.value()).and("kind").ne(null)), OutboxEntry.class);
    }

    private List<OutboxEntry> notices(ComplaintId id) {
        return mongo.find(query(where("complaintId").is(id.value()).and("notice").ne(null)), OutboxEntry.class);
    }

    @Test
    void recordsTheAcknowledgementWhenTheComplaintIsAcknowledged_R2_2() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-1");
        process.handle(event(id, 0, lodged(id)));
        assertThat(letters(id)).as("lodged, not yet acknowledged: no letter fits").isEmpty();

        DomainEventMessage<?> acknowledgedEvent = event(id, 1, acknowledged(id));
        process.handle(acknowledgedEvent);

        assertThat(letters(id)).singleElement().satisfies(letter -> {
            assertThat(letter.id).isEqualTo("outbox-1:ACKNOWLEDGEMENT:" + acknowledgedEvent.getIdentifier());
            assertThat(letter.kind).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
            assertThat(letter.eventId).isEqualTo(acknowledgedEvent.getIdentifier());
            assertThat(letter.sequence).isEqualTo(1);
            assertThat(letter.state).isEqualTo(LetterState.PENDING);
            assertThat(letter.attempts).isZero();
            assertThat(letter.nextAttemptAt).isEqualTo(NOW);
        });
    }

    @Test
    void recordsTheWithdrawalConfirmationWhenTheCustomerWithdraws() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-5");
        process.handle(event(id, 1, acknowledged(id)));
        DomainEventMessage<?> withdrawn = event(id, 2, new ComplaintWithdrawn(id, "Sorted out with the courier",
                NOW, NOW, new Actor("agent")));
        process.handle(withdrawn);
        assertThat(letters(id)).extracting(letter -> letter.kind)
                .containsExactlyInAnyOrder(LetterKind.ACKNOWLEDGEMENT, LetterKind.WITHDRAWAL_CONFIRMATION);
        assertThat(mongo.findById(OutboxEntry.key(id.value(), LetterKind.WITHDRAWAL_CONFIRMATION,
                withdrawn.getIdentifier()), OutboxEntry.class).sequence).isEqualTo(2);
    }

    @Test
    void recordsTheExtensionLetterWhenTheDeadlineMoves_R5_2() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-6");
        process.handle(event(id, 3, extended(id)));
        assertThat(letters(id)).singleElement().satisfies(letter -> {
            assertThat(letter.kind).isEqualTo(LetterKind.DEADLINE_EXTENSION);
            assertThat(letter.sequence).isEqualTo(3);
            assertThat(letter.recordAs()).as("the service's own letter: its id derives from its key")
                    .isEqualTo(LetterRecord.communicationId(letter.id));
        });
    }

    @Test
    void recordsTheEscalationAcknowledgement_R4_3() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-7");
        process.handle(event(id, 4, escalated(id)));
        assertThat(letters(id)).as("escalated, not yet acknowledged").isEmpty();
        process.handle(event(id, 5, escalationAcknowledged(id)));
        assertThat(letters(id)).extracting(letter -> letter.kind)
                .containsExactly(LetterKind.ESCALATION_ACKNOWLEDGEMENT);
    }

    @Test
    void recordsTheLetterStaffWroteWithTheirPart_R3_3() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-8");
        process.handle(event(id, 6, new LetterWritten(id, CommunicationId.of("outcome-1"), LetterKind.FINAL_RESPONSE,
                "We found the fault", null, "Citizens Advice", "nl", NOW, NOW, new Actor("manager"))));
        assertThat(letters(id)).singleElement().satisfies(letter -> {
            assertThat(letter.kind).isEqualTo(LetterKind.FINAL_RESPONSE);
            assertThat(letter.recordAs()).as("recorded under the id staff gave").isEqualTo(CommunicationId.of("outcome-1"));
            assertThat(letter.staffPart()).isEqualTo(new StaffPart("We found the fault", null, null, "Citizens Advice"));
            assertThat(letter.locale().getLanguage()).isEqualTo("nl");
        });
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R8.2: an erasure cancels the complaint's letters not yet sent and erases what staff wrote in them")
    void erasureCancelsLettersNotYetSent() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-e1");
        ComplaintId other = ComplaintId.of("outbox-e2");
        process.handle(event(id, 6, new LetterWritten(id, CommunicationId.of("outcome-e1"), LetterKind.FINAL_RESPONSE,
                "We found Mary's parcel", "A refund to Mary", "Citizens Advice", "en", NOW, NOW, new Actor("manager"))));
        process.handle(event(id, 7, new LetterWritten(id, CommunicationId.of("outcome-e2"), LetterKind.STAGE_ONE_OUTCOME,
                "Sent already", null, null, "en", NOW, NOW, new Actor("manager"))));
        process.handle(event(other, 6, new LetterWritten(other, CommunicationId.of("outcome-e3"),
                LetterKind.FINAL_RESPONSE, "We found Ann's parcel", null, null, "en", NOW, NOW, new Actor("manager"))));
        mongo.updateFirst(query(where("communicationId").is("outcome-e2")),
                new org.springframework.data.mongodb.core.query.Update().set("state", LetterState.SENT), OutboxEntry.class);

        for (int twice = 0; twice < 2; twice++) {
            process.handle(event(id, 8, uk.co.welzo.klachten.query.ErasureReplay.erasure(id.value())));
        }

        assertThat(letters(id)).extracting(letter -> letter.state)
                .containsExactlyInAnyOrder(LetterState.CANCELLED, LetterState.SENT);
        assertThat(letters(id)).allSatisfy(letter -> {
            assertThat(letter.findings).isEqualTo(PersonalData.ERASED);
            assertThat(letter.toString() + letter.staffPart()).doesNotContain("Mary");
        });
        assertThat(letters(id)).filteredOn(letter -> letter.state == LetterState.CANCELLED).singleElement()
                .satisfies(letter -> {
                    assertThat(letter.remedy).isEqualTo(PersonalData.ERASED);
                    assertThat(letter.signposting).isEqualTo(PersonalData.ERASED);
                    assertThat(letter.lastError).isEqualTo(Outbox.ERASED_REASON);
                });
        assertThat(letters(other)).singleElement().satisfies(letter -> {
            assertThat(letter.state).isEqualTo(LetterState.PENDING);
            assertThat(letter.findings).isEqualTo("We found Ann's parcel");
        });
    }

    @Test
    void confirmsAClosureButNotAfterTheFinalResponse() throws Exception {
        ComplaintId accepted = ComplaintId.of("outbox-9");
        process.handle(event(accepted, 3, new ComplaintClosed(accepted, ClosureReason.ACCEPTED_BY_CUSTOMER, NOW, NOW,
                new Actor("agent"))));
        assertThat(letters(accepted)).extracting(letter -> letter.kind)
                .containsExactly(LetterKind.CLOSURE_CONFIRMATION);

        ComplaintId finalAnswer = ComplaintId.of("outbox-10");
        process.handle(event(finalAnswer, 8, new ComplaintClosed(finalAnswer, ClosureReason.FINAL_RESPONSE_GIVEN, NOW,
                NOW, new Actor("agent"))));
        assertThat(letters(finalAnswer)).as("the final response already told the customer it was final").isEmpty();
    }

    @Test
    void noticesTheHandlerAndTheHeadOfABreachOnce_R5_3() throws Exception {
        ComplaintId id = ComplaintId.of("notice-1");
        DomainEventMessage<?> breach = event(id, 5, stageOneMissed(id));
        process.handle(breach);
        process.handle(breach);
        assertThat(notices(id)).extracting(notice -> notice.recipientRole).as("once each, whatever the redelivery")
                .containsExactlyInAnyOrder(Notice.Recipient.HANDLER, Notice.Recipient.HEAD);
        assertThat(notices(id)).allSatisfy(notice -> {
            assertThat(notice.notice).isEqualTo(Notice.BREACH);
            assertThat(notice.deadline).isEqualTo(DeadlineKind.STAGE_ONE_RESOLUTION);
            assertThat(notice.due).isEqualTo(Instant.parse("2025-03-29T00:00:00Z"));
        });
        assertThat(letters(id)).isEmpty();
    }

    @Test
    void noticesTheNewHandlerUnlessTheyTookTheCaseThemselves_R3_1() throws Exception {
        ComplaintId id = ComplaintId.of("notice-2");
        process.handle(event(id, 2, new ComplaintAssigned(id, "agent", null, NOW, NOW, new Actor("head"))));
        process.handle(event(id, 3, new ComplaintAssigned(id, "bob", "agent", NOW, NOW, new Actor("bob"))));
        assertThat(notices(id)).singleElement().satisfies(notice -> {
            assertThat(notice.notice).isEqualTo(Notice.ASSIGNED);
            assertThat(notice.recipient).isEqualTo("agent");
            assertThat(notice.by).isEqualTo("head");
        });
    }

    @Test
    void noticesTheHeadOfAnEscalationAndTheManagerItIsForwardedTo_R4_2() throws Exception {
        ComplaintId id = ComplaintId.of("notice-3");
        process.handle(event(id, 4, escalated(id)));
        process.handle(event(id, 5, escalationAcknowledged(id)));
        assertThat(notices(id)).extracting(notice -> notice.notice + " " + notice.recipientRole + " " + notice.recipient)
                .containsExactlyInAnyOrder("ESCALATED HEAD null", "FORWARDED MANAGER Dana");
    }

    @Test
    void noticesTheHandlerOfADepartmentsAnswerAndAWarning_R3_2() throws Exception {
        ComplaintId id = ComplaintId.of("notice-4");
        process.handle(event(id, 3, answered(id)));
        process.handle(event(id, 4, stageOneWarned(id)));
        assertThat(notices(id)).extracting(notice -> notice.notice)
                .containsExactlyInAnyOrder(Notice.DEPARTMENT_ANSWERED, Notice.WARNING);
    }

    @Test
    void sendsOnlyTheNoticesConfigured() throws Exception {
        StaffDirectory breachesOnly = new StaffDirectory(EnumSet.of(Notice.BREACH), "head", Map.of(),
                "http://localhost:8080");
        AnnotationEventHandlerAdapter quiet = new AnnotationEventHandlerAdapter(
                new CorrespondenceProcess(new Outbox(mongo), breachesOnly, Clock.fixed(NOW, ZoneOffset.UTC)));
        ComplaintId id = ComplaintId.of("notice-5");
        quiet.handle(event(id, 3, answered(id)));
        quiet.handle(event(id, 4, stageOneWarned(id)));
        quiet.handle(event(id, 5, stageOneMissed(id)));
        assertThat(notices(id)).extracting(notice -> notice.notice).containsOnly(Notice.BREACH).hasSize(2);
    }

    @Test
    void recordsNothingForEventsNoLetterFollows() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-2");
        process.handle(event(id, 0, lodged(id)));
        process.handle(event(id, 2, asked(id)));
        assertThat(letters(id)).isEmpty();
        assertThat(notices(id)).isEmpty();
    }

    @Test
    void recordsTheSameEventDeliveredTwiceOnce() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-3");
        DomainEventMessage<?> acknowledgedEvent = event(id, 1, acknowledged(id));
        process.handle(acknowledgedEvent);
        process.handle(acknowledgedEvent);
        // a second instance, its own process, the same event: still one letter
        new AnnotationEventHandlerAdapter(new CorrespondenceProcess(new Outbox(mongo), SampleCases.STAFF, Clock.systemUTC()))
                .handle(acknowledgedEvent);
        assertThat(letters(id)).hasSize(1);
    }

    @Test
    void recordsNothingWhenTheReadModelsAreReplayed() throws Exception {
        ComplaintId id = ComplaintId.of("outbox-4");
        process.handle(event(id, 1, acknowledged(id)));
        assertThat(process.supportsReset()).as("'replay all' resets this group too").isTrue();
        process.prepareReset();
        assertThat(letters(id)).as("a reset keeps the outbox").hasSize(1);
        mongo.dropCollection(OutboxEntry.class);

        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
                new GlobalSequenceTrackingToken(4));
        process.handle(new GenericTrackedDomainEventMessage<>(replaying, event(id, 1, acknowledged(id))));
        assertThat(letters(id)).isEmpty();

        TrackingToken live = new GlobalSequenceTrackingToken(11);
        process.handle(new GenericTrackedDomainEventMessage<>(live, event(id, 1, acknowledged(id))));
        assertThat(letters(id)).as("the same handler, live: it records").hasSize(1);
    }
}
