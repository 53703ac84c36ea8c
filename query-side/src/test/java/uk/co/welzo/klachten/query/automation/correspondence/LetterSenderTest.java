package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaHistory.acknowledged;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
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

    private static final String FROM = "customer.service@welzo.co.uk";
    private static final Instant T0 = Instant.parse("2027-01-05T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MongoTemplate mongo;
    private final Map<String, ComplaintView> views = new HashMap<>();
    private final List<RecordCustomerCommunication> recorded = new ArrayList<>();
    private final MovingClock clock = new MovingClock(T0);
    private int refuseRecords;
    private AnnotationEventHandlerAdapter process;
    private JavaMailSenderImpl mail;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        mongo.dropCollection(OutboxEntry.class);
        process = new AnnotationEventHandlerAdapter(new CorrespondenceProcess(new Outbox(mongo), clock));
        mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        mail.setJavaMailProperties(timeouts);
    }

    /** The sender as the application has it, with or without a mail server configured. */
    private LetterSender sender(JavaMailSender mailSender, int maxAttempts) {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new CaseViews()).subscribe(queryBus);
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(RecordCustomerCommunication.class.getName(), message -> {
            if (refuseRecords > 0) {
                refuseRecords--;
                throw new IllegalStateException("the command side is away");
            }
            recorded.add((RecordCustomerCommunication) message.getPayload());
            return null;
        });
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (mailSender != null) {
            beans.registerSingleton("mailSender", mailSender);
        }
        return new LetterSender(new Outbox(mongo), DefaultQueryGateway.builder().queryBus(queryBus).build(),
                DefaultCommandGateway.builder().commandBus(commandBus).build(), SampleCases.templates(),
                beans.getBeanProvider(JavaMailSender.class), clock,
                new LetterSender.Settings(FROM, maxAttempts, Duration.ofMinutes(1), Duration.ofHours(1),
                        Duration.ofMinutes(2), 50));
    }

    private LetterSender sender() {
        return sender(mail, 8);
    }

    /** The cases read model's answer. */
    class CaseViews {
        @QueryHandler
        Optional<ComplaintView> handle(FindComplaint query) {
            return Optional.ofNullable(views.get(query.complaintId().value()));
        }
    }

    /** A complaint acknowledged, as its case view shows it, and its acknowledgement event delivered to the process. */
    private OutboxEntry acknowledge(String complaintId, String name, String email) throws Exception {
        ComplaintView sample = SampleCases.at(LetterKind.ACKNOWLEDGEMENT, name);
        views.put(complaintId, new ComplaintView(complaintId, sample.reference(), sample.status(), sample.stage(),
                sample.channel(), sample.category(), new Complainant(name, email, null, null), sample.description(),
                sample.orderNumber(), sample.product(), sample.receivedAt(), sample.handler(), sample.deadlines(),
                sample.inquiries(), sample.departmentManager(), sample.outcome(), sample.remedy(), sample.rootCause(),
                sample.escalationWindowEnds(), sample.closureReason(), sample.externalReferrals(), sample.timeline(), 1));
        ComplaintId id = ComplaintId.of(complaintId);
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Complaint", complaintId, 1, acknowledged(id));
        process.handle(event);
        return entry(OutboxEntry.key(complaintId, LetterKind.ACKNOWLEDGEMENT, event.getIdentifier()));
    }

    private static OutboxEntry entry(String key) {
        return mongo.findById(key, OutboxEntry.class);
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
        refuseRecords = 1;

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
        views.put("web-8", new ComplaintView("web-8", sample.reference(), sample.status(), sample.stage(),
                sample.channel(), sample.category(), sample.complainant(), sample.description(), sample.orderNumber(),
                sample.product(), sample.receivedAt(), sample.handler(), sample.deadlines(), sample.inquiries(),
                sample.departmentManager(), sample.outcome(), sample.remedy(), sample.rootCause(),
                sample.escalationWindowEnds(), sample.closureReason(), sample.externalReferrals(), sample.timeline(), 4));
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
        return java.util.Arrays.stream(addresses).map(Address::toString).toList();
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
