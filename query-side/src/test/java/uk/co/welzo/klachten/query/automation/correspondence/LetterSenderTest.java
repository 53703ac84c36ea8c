package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import uk.co.welzo.klachten.api.PersonalData;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import static uk.co.welzo.klachten.query.sla.SlaHistory.acknowledged;
import static uk.co.welzo.klachten.query.sla.SlaHistory.escalationAcknowledged;
import static uk.co.welzo.klachten.query.sla.SlaHistory.extended;
import static uk.co.welzo.klachten.query.sla.SlaHistory.stageOneMissed;
import static uk.co.welzo.klachten.query.sla.SlaHistory.stageOneWarned;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.event.ComplaintAssigned;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.LetterWritten;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.correspondence.FindNotices;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * The acknowledgement from event to inbox: the process records it in a real MongoDB wire server, the sender writes it
 * from the case view (asked over a real query bus), e-mails it to GreenMail's real SMTP server, and records it on the
 * complaint over a real command bus whose handler here only notes what arrived (the aggregate, which takes a repeated
 * communication id with the same details as a retry, is tested on the command side: StageOneTest).
 */
@ExtendWith(MongoTestServer.class)
class LetterSenderTest {

    private static final String FROM = SenderBench.FROM;
    private static final Instant T0 = Instant.parse("2027-01-05T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MongoTemplate mongo;
    private final SenderBench bench = new SenderBench();
    private final Map<String, ComplaintView> views = bench.views;
    private final List<RecordCustomerCommunication> recorded = bench.recorded;
    private final MovingClock clock = new MovingClock(T0);
    private AnnotationEventHandlerAdapter process;
    private JavaMailSenderImpl mail;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        mongo.dropCollection(OutboxEntry.class);
        process = new AnnotationEventHandlerAdapter(new CorrespondenceProcess(new Outbox(mongo), SampleCases.STAFF, clock));
        mail = SenderBench.mailTo(smtp.getSmtp().getPort());
    }

    /** The sender as the application has it, with or without a mail server configured. */
    private LetterSender sender(JavaMailSender mailSender, int maxAttempts) {
        return bench.sender(mongo, mailSender, clock, maxAttempts);
    }

    private LetterSender sender() {
        return sender(mail, 8);
    }

    /** A complaint acknowledged, as its case view shows it, and its acknowledgement event delivered to the process. */
    private OutboxEntry acknowledge(String complaintId, String name, String email) throws Exception {
        ComplaintView sample = SampleCases.at(LetterKind.ACKNOWLEDGEMENT, name);
        views.put(complaintId, SampleCases.as(sample, complaintId, new Complainant(name, email, null, null), 1));
        ComplaintId id = ComplaintId.of(complaintId);
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Complaint", complaintId, 1, acknowledged(id));
        process.handle(event);
        return entry(OutboxEntry.key(complaintId, LetterKind.ACKNOWLEDGEMENT, event.getIdentifier()));
    }

    private static OutboxEntry entry(String key) {
        return mongo.findById(key, OutboxEntry.class);
    }

    @Test
    @DisplayName("#19: a run sends batch after batch while whole batches are due, within its budget; one batch per run"
            + " fell ever further behind a busy desk")
    void sendsABacklogOfSeveralBatchesInOneRun() throws Exception {
        for (int i = 1; i <= 7; i++) {
            acknowledge("web-" + i, "Sam Lee", "sam" + i + "@example.org");
        }
        LetterSender sender = bench.sender(mongo, mail, clock, 8, 3);

        assertThat(sender.sendAllDue(Duration.ZERO)).as("no budget: one batch").isEqualTo(3);
        assertThat(sender.sendAllDue(Duration.ofMinutes(1))).as("the rest, in two more batches").isEqualTo(4);
        assertThat(sender.sendAllDue(Duration.ofMinutes(1))).as("nothing left").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(7);
        assertThat(recorded).hasSize(7);
    }

    @Test
    @DisplayName("#19: without a mail server a run holds a backlog of several batches too")
    void holdsABacklogOfSeveralBatchesInOneRun() throws Exception {
        for (int i = 1; i <= 5; i++) {
            acknowledge("web-" + i, "Sam Lee", "sam" + i + "@example.org");
        }
        assertThat(bench.sender(mongo, null, clock, 8, 2).sendAllDue(Duration.ofMinutes(1))).isEqualTo(5);
        assertThat(mongo.findAll(OutboxEntry.class)).extracting(entry -> entry.state).containsOnly(LetterState.HELD)
                .hasSize(5);
    }

    @Test
    void emailsTheAcknowledgementWithTheReferenceToTheComplainantOnceAndRecordsItOnce_R2_2_R3_3() throws Exception {
        OutboxEntry letter = acknowledge("web-1", "Sam Lee", "sam@example.org");
        LetterSender sender = sender();

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("nothing left to send").isZero();
        clock.move(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();

        MimeMessage received = single();
        assertThat(addresses(received.getAllRecipients())).containsExactly("sam@example.org");
        assertThat(addresses(received.getFrom())).containsExactly(FROM);
        assertThat(received.getSubject()).isEqualTo("Your complaint 7KQ-M2X-D5C (Sam Lee): we have received it");
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains(SampleCases.REFERENCE).contains("Dear Sam Lee").contains("<p>Dear Sam Lee,</p>");
        assertThat(received.getContentType()).startsWith("multipart/mixed");

        OutboxEntry sent = entry(letter.id);
        assertThat(sent.state).isEqualTo(LetterState.SENT);
        assertThat(sent.sentAt).isEqualTo(T0);
        assertThat(sent.templateVersion).isEqualTo("acknowledgement/1");
        assertThat(received.getMessageID()).isEqualTo(sent.messageId).matches("<letter-[0-9a-f]{32}@welzo\\.co\\.uk>");

        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.complaintId()).isEqualTo(ComplaintId.of("web-1"));
            assertThat(record.communicationId()).isEqualTo(LetterRecord.communicationId(letter.id));
            assertThat(record.channel()).isEqualTo(CommunicationChannel.EMAIL);
            assertThat(record.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(record.summary()).isEqualTo("ACKNOWLEDGEMENT letter e-mailed to the customer at "
                    + "2027-01-05T10:00:00Z (template acknowledgement/1, Message-ID " + sent.messageId + ")");
            assertThat(record.occurredAt()).as("the aggregate's now: never in its future, nor before its last step")
                    .isNull();
            assertThat(record.actor()).isEqualTo(LetterSender.CORRESPONDENCE);
        });
    }

    @Test
    void keepsTheLetterWaitingWhileSmtpIsDownAndSendsItOnceWhenItReturns() throws Exception {
        OutboxEntry letter = acknowledge("web-2", "Sam Lee", "sam@example.org");
        LetterSender sender = sender();
        smtp.stop();

        assertThat(sender.sendDue()).isZero();
        OutboxEntry waiting = entry(letter.id);
        assertThat(waiting.state).isEqualTo(LetterState.PENDING);
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.nextAttemptAt).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(waiting.lastError).isNotBlank();

        assertThat(sender.sendDue()).as("not before its next attempt").isZero();
        assertThat(entry(letter.id).attempts).isEqualTo(1);

        clock.move(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isZero();
        waiting = entry(letter.id);
        assertThat(waiting.attempts).as("attempts counted").isEqualTo(2);
        assertThat(waiting.nextAttemptAt).as("the wait doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        smtp.start();
        clock.move(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(1);
        clock.move(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(recorded).hasSize(1);
        assertThat(entry(letter.id).state).isEqualTo(LetterState.SENT);
    }

    @Test
    void parksALetterThatFailsEveryAttemptWithTheLastError() throws Exception {
        OutboxEntry letter = acknowledge("web-3", "Sam Lee", "sam@example.org");
        LetterSender sender = sender(mail, 3);
        smtp.stop();
        for (int attempt = 0; attempt < 3; attempt++) {
            sender.sendDue();
            clock.move(Duration.ofHours(1));
        }
        OutboxEntry parked = entry(letter.id);
        assertThat(parked.state).isEqualTo(LetterState.PARKED);
        assertThat(parked.attempts).isEqualTo(3);
        assertThat(parked.lastError).contains("Mail");

        smtp.start();
        clock.move(Duration.ofDays(1));
        assertThat(sender.sendDue()).as("parked stays parked, for an operator").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void recordsAfterACrashBetweenSendingAndRecordingWithoutSendingAgain() throws Exception {
        OutboxEntry letter = acknowledge("web-4", "Sam Lee", "sam@example.org");
        LetterSender sender = sender();
        bench.refuseRecords = 1;

        assertThat(sender.sendDue()).isZero();
        OutboxEntry half = entry(letter.id);
        assertThat(half.sentAt).as("sent, not yet recorded").isEqualTo(T0);
        assertThat(half.state).isEqualTo(LetterState.PENDING);

        clock.move(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).as("the letter went once").hasSize(1);
        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.communicationId()).isEqualTo(LetterRecord.communicationId(letter.id));
            assertThat(record.summary()).as("when it was sent, not when it was recorded")
                    .contains("e-mailed to the customer at 2027-01-05T10:00:00Z");
        });
    }

    @Test
    void aLineBreakInTheComplainantsNameAddsNoHeader() throws Exception {
        acknowledge("web-5", "Sam Lee\r\nBcc: eve@example.org\r\nX-Injected: yes", "sam@example.org");
        assertThat(sender().sendDue()).isEqualTo(1);

        MimeMessage received = single();
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getHeader("X-Injected")).isNull();
        assertThat(addresses(received.getAllRecipients())).containsExactly("sam@example.org");
        assertThat(received.getSubject()).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("Your complaint 7KQ-M2X-D5C (Sam Lee Bcc: eve@example.org X-Injected: yes): we have received it");
    }

    @Test
    void holdsLettersWithoutAMailServerAndSendsThemOnceOneIsConfigured() throws Exception {
        OutboxEntry letter = acknowledge("web-6", "Sam Lee", "sam@example.org");

        assertThat(sender(null, 8).sendDue()).isZero();
        assertThat(entry(letter.id).state).isEqualTo(LetterState.HELD);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(entry(letter.id).state).isEqualTo(LetterState.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void marksALetterForThePostWithoutAMailServerToo() throws Exception {
        OutboxEntry letter = acknowledge("post-2", "Sam Lee", null);
        assertThat(sender(null, 8).sendDue()).isZero();
        assertThat(entry(letter.id).state).as("the post room needs no mail server").isEqualTo(LetterState.NEEDS_POST);
        assertThat(sender(null, 8).sendDue()).isZero();
        assertThat(entry(letter.id).state).isEqualTo(LetterState.NEEDS_POST);
    }

    @Test
    void marksALetterToAComplainantWithoutEmailForThePost() throws Exception {
        OutboxEntry letter = acknowledge("post-1", "Sam Lee", null);
        assertThat(sender().sendDue()).isZero();
        assertThat(entry(letter.id).state).isEqualTo(LetterState.NEEDS_POST);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void waitsForTheCaseViewToCatchUpWithoutCountingAnAttempt() throws Exception {
        OutboxEntry letter = acknowledge("web-7", "Sam Lee", "sam@example.org");
        views.remove("web-7");

        assertThat(sender().sendDue()).isZero();
        OutboxEntry waiting = entry(letter.id);
        assertThat(waiting.state).isEqualTo(LetterState.PENDING);
        assertThat(waiting.attempts).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clock.move(Duration.ofHours(1).plusSeconds(1));
        assertThat(sender().sendDue()).isZero();
        OutboxEntry stuck = entry(letter.id);
        assertThat(stuck.attempts).as("a view stuck longer than the longest wait counts").isEqualTo(1);
        assertThat(stuck.lastError).contains("has not caught up");
    }

    @Test
    void emailsTheWithdrawalConfirmationTheSameWay() throws Exception {
        ComplaintView sample = SampleCases.at(LetterKind.WITHDRAWAL_CONFIRMATION, "Sam Lee");
        views.put("web-8", SampleCases.as(sample, "web-8", sample.complainant(), 4));
        ComplaintId id = ComplaintId.of("web-8");
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Complaint", "web-8", 4,
                new ComplaintWithdrawn(id, "Sorted", T0, T0,
                        new Actor("agent")));
        process.handle(event);

        assertThat(sender().sendDue()).isEqualTo(1);
        MimeMessage received = single();
        assertThat(addresses(received.getAllRecipients())).containsExactly("sam@example.org");
        assertThat(GreenMailUtil.getBody(received)).contains(SampleCases.REFERENCE);
        assertThat(recorded).singleElement().satisfies(record -> assertThat(record.summary())
                .startsWith("WITHDRAWAL_CONFIRMATION letter e-mailed to the customer at 2027-01-05T10:00:00Z (template withdrawal-confirmation/"));
    }

    @Test
    void emailsTheFinalResponseStaffWroteInTheirWordsAndLanguageUnderTheirCommunicationId_R4_5() throws Exception {
        ComplaintView sample = SampleCases.at(LetterKind.FINAL_RESPONSE, "Sam Lee");
        views.put("web-9", SampleCases.as(sample, "web-9", sample.complainant(), 9));
        ComplaintId id = ComplaintId.of("web-9");
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-9", 9, new LetterWritten(id,
                CommunicationId.of("final-9"), LetterKind.FINAL_RESPONSE, "De pallet is in ons magazijn gevallen.",
                null, "Citizens Advice, 0808 223 1133", "nl", T0, T0, new Actor("manager"))));

        assertThat(sender().sendDue()).isEqualTo(1);
        MimeMessage received = single();
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains("De pallet is in ons magazijn gevallen.").contains("Citizens Advice, 0808 223 1133")
                .contains(SampleCases.REFERENCE);
        assertThat(received.getSubject()).as("the Dutch letter").contains(SampleCases.REFERENCE).contains("klacht");
        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.communicationId()).as("the id staff gave").isEqualTo(CommunicationId.of("final-9"));
            assertThat(record.summary()).startsWith("FINAL_RESPONSE letter e-mailed to the customer at");
        });
    }

    @Test
    void sendsAnOutcomeLetterWrittenBeforeTheResolutionOnceTheResolutionIsRecorded_R3_3() throws Exception {
        ComplaintView resolved = SampleCases.as(SampleCases.at(LetterKind.STAGE_ONE_OUTCOME, "Sam Lee"), "web-12",
                SampleCases.at(LetterKind.STAGE_ONE_OUTCOME, "Sam Lee").complainant(), 9);
        views.put("web-12", SampleCases.withStatus(resolved, ComplaintStatus.UNDER_INVESTIGATION));
        DomainEventMessage<?> written = new GenericDomainEventMessage<>("Complaint", "web-12", 9, new LetterWritten(
                ComplaintId.of("web-12"), CommunicationId.of("outcome-12"), LetterKind.STAGE_ONE_OUTCOME,
                "The courier left the parcel in the rain.", null, null, "en", T0, T0, new Actor("agent")));
        process.handle(written);
        String key = OutboxEntry.key("web-12", LetterKind.STAGE_ONE_OUTCOME, written.getIdentifier());

        assertThat(sender().sendDue()).isZero();
        OutboxEntry waiting = entry(key);
        assertThat(waiting.state).isEqualTo(LetterState.PENDING);
        assertThat(waiting.attempts).as("waiting for the resolution is not a failed attempt").isZero();
        clock.move(Duration.ofHours(2));
        assertThat(sender().sendDue()).as("it never parks for want of a resolution").isZero();
        assertThat(entry(key).attempts).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        views.put("web-12", SampleCases.as(resolved, "web-12", resolved.complainant(), 10));
        clock.move(LetterSender.AWAITING_RESOLUTION);
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(GreenMailUtil.getBody(single())).contains("The courier left the parcel in the rain.")
                .contains(SampleCases.REFERENCE);
        assertThat(recorded).singleElement().satisfies(record ->
                assertThat(record.communicationId()).isEqualTo(CommunicationId.of("outcome-12")));
    }

    @Test
    void tellsTheHandlerAndTheHeadOfABreachOnceAndRecordsNothingOnTheComplaint_R5_3() throws Exception {
        views.put("web-1", SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"));
        DomainEventMessage<?> breach = new GenericDomainEventMessage<>("Complaint", "web-1", 5,
                stageOneMissed(ComplaintId.of("web-1")));
        process.handle(breach);
        process.handle(breach);

        LetterSender sender = sender();
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(sender.sendDue()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(message -> addresses(message.getAllRecipients()))
                .containsExactlyInAnyOrder(List.of("agent@welzo.example"), List.of("head@welzo.example"));
        for (MimeMessage message : received) {
            assertThat(message.getSubject())
                    .isEqualTo("[Klachten] " + SampleCases.REFERENCE + ": the stage one resolution deadline was missed");
            String body = GreenMailUtil.getBody(message);
            assertThat(body).contains("passed at the end of Friday 28 March 2025")
                    .contains("https://klachten.example/console/cases/web-1")
                    .as("no customer in a staff e-mail (R8.1)").doesNotContain("Sam Lee").doesNotContain("sam@example.org");
        }
        assertThat(recorded).as("a notice to staff is no communication with the customer").isEmpty();
    }

    @Test
    void tellsTheHeadAWarningOfAComplaintNobodyHandles_R5_3() throws Exception {
        views.put("web-1", SampleCases.unassigned(SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee")));
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-1", 4, stageOneWarned(ComplaintId.of("web-1"))));

        assertThat(sender().sendDue()).isEqualTo(1);
        MimeMessage received = single();
        assertThat(addresses(received.getAllRecipients())).containsExactly("head@welzo.example");
        assertThat(received.getSubject()).contains("deadline is near");
    }

    @Test
    void parksANoticeForStaffWithoutAnAddressSayingWhoAndWhere() throws Exception {
        views.put("web-1", SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"));
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-1", 6, new ComplaintAssigned(
                ComplaintId.of("web-1"), "nobody", "agent", T0, T0, new Actor("head"))));

        assertThat(sender().sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(mongo.findAll(OutboxEntry.class)).singleElement().satisfies(notice -> {
            assertThat(notice.state).isEqualTo(LetterState.PARKED);
            assertThat(notice.lastError).contains("'nobody'").contains("klachten.notifications.staff");
        });
    }

    @Test
    void tellsTheManagerTheHeadForwardedAnEscalationTo_R4_2() throws Exception {
        views.put("web-1", SampleCases.at(LetterKind.ESCALATION_ACKNOWLEDGEMENT, "Sam Lee"));
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-1", 7,
                escalationAcknowledged(ComplaintId.of("web-1"))));

        assertThat(sender().sendDue()).as("the customer's letter and the manager's notice").isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(message -> addresses(message.getAllRecipients()))
                .containsExactlyInAnyOrder(List.of("sam@example.org"), List.of("manager@welzo.example"));
        assertThat(recorded).as("only the letter is recorded on the complaint").hasSize(1);
        assertThat(new OutboxQueries(new Outbox(mongo)).handle(new FindNotices("manager", 10)))
                .as("the console lists it to the manager's user").singleElement()
                .satisfies(notice -> assertThat(notice.notice()).isEqualTo("FORWARDED"));
    }

    @Test
    void tellsTheManagerAnEscalationWasForwardedToByUserName_R4_2() throws Exception {
        views.put("web-11", SampleCases.at(LetterKind.ESCALATION_ACKNOWLEDGEMENT, "Sam Lee"));
        EscalationAcknowledged byDisplayName = escalationAcknowledged(ComplaintId.of("web-11"));
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-11", 7, new EscalationAcknowledged(
                byDisplayName.complaintId(), new DepartmentManager("manager", "Dana Whitfield", "Logistics"),
                byDisplayName.occurredAt(), byDisplayName.recordedAt(), byDisplayName.stageTwoResolutionDue(),
                byDisplayName.stageTwoResolutionWarningAt(), byDisplayName.policyVersion(), byDisplayName.actor())));

        assertThat(sender().sendDue()).isEqualTo(2);
        assertThat(new OutboxQueries(new Outbox(mongo)).handle(new FindNotices("manager", 10)))
                .as("the user the escalation names, whatever display name it carries").singleElement()
                .satisfies(notice -> assertThat(notice.notice()).isEqualTo("FORWARDED"));
    }

    @Test
    void namesWhomEachNoticeIsForEvenWithoutAMailServerSoTheConsoleCanListThem() throws Exception {
        views.put("web-1", SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"));
        process.handle(new GenericDomainEventMessage<>("Complaint", "web-1", 5, stageOneMissed(ComplaintId.of("web-1"))));
        assertThat(sender(null, 8).sendDue()).isZero();

        OutboxQueries queries = new OutboxQueries(new Outbox(mongo));
        assertThat(queries.handle(new FindNotices("agent", 10))).as("the case's handler").singleElement()
                .satisfies(notice -> {
                    assertThat(notice.notice()).isEqualTo("BREACH");
                    assertThat(notice.state()).isEqualTo("HELD");
                    assertThat(notice.reference()).as("noted for people reading it").isEqualTo(SampleCases.REFERENCE);
                });
        assertThat(queries.handle(new FindNotices("head", 10))).as("the head").hasSize(1);
        assertThat(queries.handle(new FindNotices("manager", 10))).isEmpty();
    }

    /** The event that calls for each letter, about complaint {@code web-1}. */
    @Test
    @org.junit.jupiter.api.DisplayName("R8.2: a letter for a complainant erased since it was recorded is cancelled, never mailed")
    void neverMailsAnErasedComplainant() throws Exception {
        OutboxEntry letter = acknowledge("web-e1", "Sam Lee", "sam@example.org");
        ComplaintView erased = views.get("web-e1");
        views.put("web-e1", new ComplaintView(erased.complaintId(), erased.reference(), erased.status(), erased.stage(),
                erased.channel(), erased.category(), new Complainant(PersonalData.ERASED, PersonalData.ERASED, null, null),
                PersonalData.ERASED, null, erased.product(), erased.receivedAt(), erased.handler(), erased.deadlines(),
                erased.inquiries(), erased.departmentManager(), erased.outcome(), erased.remedy(), erased.rootCause(),
                erased.escalationWindowEnds(), erased.closureReason(), erased.externalReferrals(), erased.timeline(),
                erased.version(), T0, ErasureGround.CONSENT_WITHDRAWN));
        // and one whose view lost only the address, as a replay in progress may show it: the marker is no address
        OutboxEntry marker = acknowledge("web-e2", "Sam Lee", PersonalData.ERASED);

        assertThat(sender().sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(recorded).isEmpty();
        for (OutboxEntry cancelled : List.of(entry(letter.id), entry(marker.id))) {
            assertThat(cancelled.state).isEqualTo(LetterState.CANCELLED);
            assertThat(cancelled.lastError).contains("personal data was erased");
        }
        assertThat(sender(null, 8).sendDue()).as("without a mail server it is not held either").isZero();
        assertThat(entry(letter.id).state).isEqualTo(LetterState.CANCELLED);
    }

    private static Object causeOf(LetterKind kind) {
        ComplaintId id = ComplaintId.of("web-1");
        Actor agent = new Actor("agent");
        return switch (kind) {
            case ACKNOWLEDGEMENT -> acknowledged(id);
            case DEADLINE_EXTENSION -> extended(id);
            case STAGE_ONE_OUTCOME, FINAL_RESPONSE -> new LetterWritten(id, CommunicationId.of("staff-" + kind), kind,
                    "We found the cause.", null, kind == LetterKind.FINAL_RESPONSE ? "Citizens Advice" : null, null,
                    T0, T0, agent);
            case ESCALATION_ACKNOWLEDGEMENT -> escalationAcknowledged(id);
            case WITHDRAWAL_CONFIRMATION -> new ComplaintWithdrawn(id, "Sorted", T0, T0, agent);
            case CLOSURE_CONFIRMATION -> new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, T0, T0, agent);
        };
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void emailsEveryLetterOnceFromItsEventAndRecordsIt_R3_3(LetterKind kind) throws Exception {
        views.put("web-1", SampleCases.at(kind, "Sam Lee"));
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Complaint", "web-1", 7, causeOf(kind));
        process.handle(event);
        process.handle(event);

        LetterSender sender = sender();
        sender.sendDue();
        assertThat(sender.sendDue()).isZero();
        List<MimeMessage> toCustomer = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addresses(recipients(message)).contains("sam@example.org")).toList();
        assertThat(toCustomer).as("one e-mail to the customer").hasSize(1);
        assertThat(GreenMailUtil.getBody(toCustomer.get(0))).contains(SampleCases.REFERENCE);
        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.summary()).startsWith(kind + " letter e-mailed to the customer at");
            assertThat(record.summary()).contains("template " + kind.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + "/");
        });
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void backsOffExponentiallyUpToTheLongestWait() {
        assertThat(LetterSender.backoff(1, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(LetterSender.backoff(4, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(8));
        assertThat(LetterSender.backoff(40, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
    }

    private static MimeMessage single() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** A clock a test moves on. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
