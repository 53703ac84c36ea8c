package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.welzo.klachten.query.sla.SlaHistory.acknowledged;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.automation.correspondence.LetterSenderTest.MovingClock;

/**
 * The post room with the sender, from the event on: the process records the letter in a real MongoDB wire server,
 * the sender finds no e-mail address and leaves it for the post, staff mark it posted and it is recorded once; a
 * parked letter sent again goes out to GreenMail's real SMTP server. Commands go over a real command bus whose
 * handler notes them (the aggregate's side is StageOneTest's).
 */
@ExtendWith(MongoTestServer.class)
class PostRoomTest {

    private static final Instant T0 = Instant.parse("2027-01-05T10:00:00Z");
    private static final Actor AGENT = new Actor("agent");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MongoTemplate mongo;
    private final SenderBench bench = new SenderBench();
    private final Map<String, ComplaintView> views = bench.views;
    private final List<RecordCustomerCommunication> recorded = bench.recorded;
    private final MovingClock clock = new MovingClock(T0);
    private AnnotationEventHandlerAdapter process;
    private QueryGateway queries;
    private CommandGateway commands;
    private JavaMailSenderImpl mail;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        mongo.dropCollection(OutboxEntry.class);
        process = new AnnotationEventHandlerAdapter(new CorrespondenceProcess(new Outbox(mongo), SampleCases.STAFF, clock));
        queries = bench.queries;
        commands = bench.commands;
        mail = SenderBench.mailTo(smtp.getSmtp().getPort());
    }

    private LetterSender sender(int maxAttempts) {
        return bench.sender(mongo, mail, clock, maxAttempts);
    }

    private PostRoom postRoom() {
        return new PostRoom(new Outbox(mongo), queries, commands, SampleCases.templates(), new LetterPdf(), clock);
    }

    /** A complaint acknowledged, its case view caught up, and the acknowledgement recorded in the outbox. */
    private String acknowledge(String complaintId, String email) throws Exception {
        ComplaintView sample = SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee");
        ComplaintView view = PostRoomControllerTest.withoutEmail(sample);
        views.put(complaintId, email == null ? view
                : SampleCases.as(view, complaintId, new Complainant("Sam Lee", email, null, null), view.version()));
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Complaint", complaintId, 1,
                acknowledged(ComplaintId.of(complaintId)));
        process.handle(event);
        return OutboxEntry.key(complaintId, LetterKind.ACKNOWLEDGEMENT, event.getIdentifier());
    }

    private static OutboxEntry entry(String key) {
        return mongo.findById(key, OutboxEntry.class);
    }

    @Test
    void aLetterForThePostIsSentOncePostedAndRecordedOnceAsALetter_R3_3() throws Exception {
        String key = acknowledge("post-1", null);
        LetterSender sender = sender(8);
        assertThat(sender.sendDue()).isZero();
        assertThat(entry(key).state).isEqualTo(LetterState.NEEDS_POST);

        clock.move(Duration.ofHours(2));
        postRoom().posted(key, AGENT);
        clock.move(Duration.ofHours(1));
        postRoom().posted(key, new Actor("head"));
        assertThat(sender.sendDue()).as("the sender leaves a posted letter alone").isZero();

        OutboxEntry sent = entry(key);
        assertThat(sent.state).isEqualTo(LetterState.SENT);
        assertThat(sent.sentAt).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(sent.messageId).as("never e-mailed").isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.channel()).isEqualTo(CommunicationChannel.LETTER);
            assertThat(record.communicationId()).isEqualTo(LetterRecord.communicationId(key));
            assertThat(record.actor()).isEqualTo(AGENT);
            assertThat(record.summary()).isEqualTo("ACKNOWLEDGEMENT letter posted to the customer at "
                    + "2027-01-05T12:00:00Z (template acknowledgement/1)");
        });
    }

    @Test
    void aPostingWhoseRecordFailedIsRecordedWithTheSameSummaryWhenAskedAgain() throws Exception {
        String key = acknowledge("post-2", null);
        sender(8).sendDue();
        SimpleCommandBus away = SimpleCommandBus.builder().build();
        away.subscribe(RecordCustomerCommunication.class.getName(), message -> {
            throw new IllegalStateException("the command side is away");
        });
        PostRoom cutOff = new PostRoom(new Outbox(mongo), queries,
                DefaultCommandGateway.builder().commandBus(away).build(), SampleCases.templates(), new LetterPdf(), clock);
        assertThatThrownBy(() -> cutOff.posted(key, AGENT)).hasMessageContaining("away");
        assertThat(entry(key).state).as("not sent until recorded").isEqualTo(LetterState.NEEDS_POST);

        clock.move(Duration.ofMinutes(5));
        postRoom().posted(key, AGENT);
        assertThat(recorded).singleElement().satisfies(record -> assertThat(record.summary())
                .as("the first posting's time, so the aggregate takes a repeat as the same communication")
                .contains("posted to the customer at 2027-01-05T10:00:00Z"));
        assertThat(entry(key).state).isEqualTo(LetterState.SENT);
    }

    @Test
    void aParkedLetterSentAgainGoesOutOnce() throws Exception {
        String key = acknowledge("web-1", "sam@example.org");
        smtp.stop();
        sender(1).sendDue();
        assertThat(entry(key).state).isEqualTo(LetterState.PARKED);
        smtp.start();

        clock.move(Duration.ofDays(1));
        assertThat(sender(1).sendDue()).as("parked stays parked").isZero();
        postRoom().retry(key, new Actor("head"));
        assertThat(sender(1).sendDue()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(recorded).singleElement().satisfies(record -> assertThat(record.channel())
                .isEqualTo(CommunicationChannel.EMAIL));
        assertThat(entry(key).state).isEqualTo(LetterState.SENT);
    }
}
