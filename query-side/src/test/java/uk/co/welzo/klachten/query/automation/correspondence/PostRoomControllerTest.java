package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.CommunicationChannel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.Direction;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.platform.problem.JacksonConfiguration;
import uk.co.welzo.klachten.platform.security.SecurityConfiguration;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * The post room over HTTP, on a real outbox in a MongoDB wire server: printing a letter, marking it posted (recorded on
 * the complaint over a real command bus whose handler notes what arrived), sending a parked letter again; and who may.
 */
@WebMvcTest(OutboxController.class)
@Import({SecurityConfiguration.class, JacksonConfiguration.class, LetterRules.class, PostRoomControllerTest.Parts.class})
@ExtendWith(MongoTestServer.class)
class PostRoomControllerTest {

    private static final Instant NOW = SampleCases.TODAY.instant();
    private static final String BY_POST = OutboxEntry.key("post-1", LetterKind.ACKNOWLEDGEMENT, "event-1");
    private static final String PARKED = OutboxEntry.key("web-1", LetterKind.ACKNOWLEDGEMENT, "event-2");
    private static final String EMAILED = OutboxEntry.key("web-1", LetterKind.WITHDRAWAL_CONFIRMATION, "event-3");
    private static final String UNKNOWN = "web-9:ACKNOWLEDGEMENT:event-9";

    private static MongoTemplate mongo;
    private static final List<RecordCustomerCommunication> recorded = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Parts {
        @Bean
        Outbox outbox() {
            return new Outbox(mongo);
        }

        @Bean
        PostRoom postRoom(Outbox outbox) {
            SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(new CaseViews()).subscribe(queryBus);
            SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
            commandBus.subscribe(RecordCustomerCommunication.class.getName(), message -> {
                recorded.add((RecordCustomerCommunication) message.getPayload());
                return null;
            });
            return new PostRoom(outbox, DefaultQueryGateway.builder().queryBus(queryBus).build(),
                    DefaultCommandGateway.builder().commandBus(commandBus).build(), SampleCases.templates(),
                    new LetterPdf(), SampleCases.TODAY);
        }
    }

    /** The cases read model's answer: one complainant without an e-mail address, one with. */
    static class CaseViews {
        private final Map<String, ComplaintView> views = Map.of(
                "post-1", withoutEmail(SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Zoë Brontë")),
                "web-1", SampleCases.at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"));

        @QueryHandler
        Optional<ComplaintView> handle(FindComplaint query) {
            return Optional.ofNullable(views.get(query.complaintId().value()));
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void outboxWithALetterForThePostOneParkedAndOneEmailed() {
        mongo.dropCollection(OutboxEntry.class);
        recorded.clear();
        mongo.insert(entry(BY_POST, "post-1", LetterState.NEEDS_POST));
        OutboxEntry parked = entry(PARKED, "web-1", LetterState.PARKED);
        parked.attempts = 8;
        parked.lastError = "MailSendException: Mail server connection failed";
        mongo.insert(parked);
        OutboxEntry emailed = entry(EMAILED, "web-1", LetterState.SENT);
        emailed.messageId = "<letter-1@welzo.co.uk>";
        emailed.sentAt = NOW.minusSeconds(60);
        mongo.insert(emailed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "head"})
    void printsTheLetterAsAnA4PdfNamedForTheReference(String user) throws Exception {
        byte[] pdf = mvc.perform(get("/api/outbox/{key}/letter.pdf", BY_POST).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"7KQ-M2X-D5C-acknowledgement.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(printed)).contains(SampleCases.REFERENCE, "Dear Zoë Brontë,");
        }
        assertThat(mongo.findById(BY_POST, OutboxEntry.class).state).as("printing changes nothing")
                .isEqualTo(LetterState.NEEDS_POST);
    }

    @Test
    void refusesToPrintALetterTheOutboxDoesNotHold() throws Exception {
        problem(mvc.perform(get("/api/outbox/{key}/letter.pdf", UNKNOWN).with(httpBasic("agent", "demo"))), 404,
                "LETTER_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "analyst", "auditor", "intake", "admin"})
    void refusesAPrintedLetterToEveryOtherRole_R8_1(String user) throws Exception {
        forbidden(mvc.perform(get("/api/outbox/{key}/letter.pdf", BY_POST).with(httpBasic(user, "demo"))));
    }

    @Test
    void marksALetterPostedRecordingItOnTheComplaintAsALetterFromTheSignedInUser() throws Exception {
        posted("agent")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(BY_POST))
                .andExpect(jsonPath("$.state").value("SENT"))
                .andExpect(jsonPath("$.sentAt").value("2027-01-05T10:00:00Z"))
                .andExpect(jsonPath("$.templateVersion").value("acknowledgement/1"))
                .andExpect(jsonPath("$.messageId").doesNotExist());

        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.complaintId()).isEqualTo(ComplaintId.of("post-1"));
            assertThat(record.communicationId()).isEqualTo(LetterRecord.communicationId(BY_POST));
            assertThat(record.channel()).isEqualTo(CommunicationChannel.LETTER);
            assertThat(record.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(record.summary()).isEqualTo("ACKNOWLEDGEMENT letter posted to the customer at "
                    + "2027-01-05T10:00:00Z (template acknowledgement/1)");
            assertThat(record.occurredAt()).isNull();
            assertThat(record.actor()).isEqualTo(new Actor("agent"));
        });
    }

    @Test
    void answersAPostingAskedAgainAsBeforeAndRecordsItOnce() throws Exception {
        String first = posted("agent").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String again = posted("head").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(recorded).hasSize(1);
    }

    @Test
    void refusesToMarkPostedALetterThatDoesNotWaitForThePost() throws Exception {
        problem(mvc.perform(post("/api/outbox/{key}/posted", PARKED).with(httpBasic("agent", "demo"))), 409,
                "LETTER_NOT_AWAITING_POST");
        problem(mvc.perform(post("/api/outbox/{key}/posted", EMAILED).with(httpBasic("head", "demo"))), 409,
                "LETTER_NOT_AWAITING_POST");
        problem(mvc.perform(post("/api/outbox/{key}/posted", UNKNOWN).with(httpBasic("agent", "demo"))), 404,
                "LETTER_NOT_FOUND");
        assertThat(recorded).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "analyst", "auditor", "intake", "admin"})
    void refusesMarkingPostedToEveryOtherRole(String user) throws Exception {
        forbidden(posted(user));
        assertThat(mongo.findById(BY_POST, OutboxEntry.class).state).isEqualTo(LetterState.NEEDS_POST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "admin"})
    void putsAParkedLetterBackInTheQueueDueNowWithItsAttemptsCountedAfresh(String user) throws Exception {
        mvc.perform(post("/api/outbox/{key}/retry", PARKED).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0))
                .andExpect(jsonPath("$.nextAttemptAt").value("2027-01-05T10:00:00Z"))
                .andExpect(jsonPath("$.lastError").doesNotExist());

        problem(mvc.perform(post("/api/outbox/{key}/retry", PARKED).with(httpBasic(user, "demo"))), 409,
                "LETTER_NOT_PARKED");
    }

    @Test
    void refusesToSendAgainALetterThatIsNotParked() throws Exception {
        problem(mvc.perform(post("/api/outbox/{key}/retry", BY_POST).with(httpBasic("head", "demo"))), 409,
                "LETTER_NOT_PARKED");
        problem(mvc.perform(post("/api/outbox/{key}/retry", UNKNOWN).with(httpBasic("admin", "demo"))), 404,
                "LETTER_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "manager", "analyst", "auditor", "intake"})
    void refusesSendingAgainToEveryOtherRole(String user) throws Exception {
        forbidden(mvc.perform(post("/api/outbox/{key}/retry", PARKED).with(httpBasic(user, "demo"))));
        assertThat(mongo.findById(PARKED, OutboxEntry.class).state).isEqualTo(LetterState.PARKED);
    }

    private ResultActions posted(String user) throws Exception {
        return mvc.perform(post("/api/outbox/{key}/posted", BY_POST).with(httpBasic(user, "demo")));
    }

    private static void problem(ResultActions answer, int status, String code) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    private static void forbidden(ResultActions answer) throws Exception {
        answer.andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static OutboxEntry entry(String key, String complaintId, LetterState state) {
        String[] parts = key.split(":");
        OutboxEntry entry = OutboxEntry.of(complaintId, LetterKind.valueOf(parts[1]), parts[2], 1, NOW.minusSeconds(3600));
        entry.state = state;
        return entry;
    }

    static ComplaintView withoutEmail(ComplaintView view) {
        return SampleCases.as(view, view.complaintId(), new Complainant(view.complainant().name(), null, null, null),
                view.version());
    }
}
