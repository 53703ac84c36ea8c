package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.standalone.ComplaintEvents.append;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.Binary;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/**
 * Issue #17, "Logs and errors": no personal data in log lines, problem details or metrics labels at any level. Every
 * command is driven over HTTP, succeeding and failing (broken JSON, wrong types, refusals, invalid and over-long
 * values), with a distinctive complainant, with every logger that matters at TRACE; then the captured log (with every
 * stack trace and cause), the console, the failing answers, the Prometheus scrape and the dead-letter collection are
 * searched for that person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoPersonalDataInLogsTest {

    static final String NAME = "Zebedee Quillfeather";
    static final String EMAIL = "zebedee.quillfeather@example.org";
    static final String PHONE = "+44 7700 900123";
    static final String ORDER = "QF-ORD-77319";
    /** In every free text the complainant or staff write about the case. */
    static final String WORD = "Xylophagous";
    static final String ADDRESS = "12 Quillfeather Lane, Little Snoring";
    static final String B = "/api/complaints/";

    /** What must not appear, in any case; the phone is also looked for as its bare digits, in any notation. */
    static final List<String> NEEDLES = List.of("zebedee", "quillfeather", EMAIL, ORDER, "qf-ord", WORD, "little snoring");
    static final String PHONE_DIGITS = "7700900123";

    @TempDir
    static Path dataDir;
    RunningService service;
    final LogCapture log = new LogCapture();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out;
    PrintStream err;
    /** Every answer of 400 and above: the request, its status and its body as the client read it. */
    final List<String> problems = new ArrayList<>();
    /** Requests meant to fail that did not: the test would then miss what their failure logs. */
    final List<String> unrefused = new ArrayList<>();
    String prometheus;
    final List<Document> deadLetters = new ArrayList<>();

    final RefusingMailServer mailServer = new RefusingMailServer();
    /** The outbox's last error of every letter the mail server refused. */
    final List<String> mailErrors = new ArrayList<>();

    @BeforeAll
    void driveEveryCommandWithTheLoggersOpen() {
        mailServer.start();
        service = RunningService.start(dataDir,
                // letters go to a mail server that refuses the recipient, quoting the address as real ones do
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailServer.port(),
                "--klachten.letters.max-attempts=2", "--klachten.letters.first-retry=PT0.1S",
                "--klachten.letters.send-interval=PT0.3S",
                "--logging.level.root=TRACE",
                "--logging.level.uk.co.welzo=TRACE",
                "--logging.level.org.axonframework=TRACE",
                "--logging.level.org.springframework.web=TRACE",
                // the service acknowledges a complaint lodged by e-mail itself, and writes to the person about it
                "--klachten.acknowledgement.automatic=true");
        log.start();
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(new Swallowed(console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Swallowed(console), true, StandardCharsets.UTF_8));
        try {
            assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).getLevel())
                    .as("the test opens every logger").isEqualTo(Level.TRACE);
            drive();
        } finally {
            System.setOut(out);
            System.setErr(err);
            log.stop();
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        mailServer.close();
    }

    private void drive() {
        String reference = wholeProcedure("nopii-1");
        lodgedByEmailAndAcknowledgedAutomatically("nopii-2");
        withdrawnAndReferred("nopii-3");
        failures("nopii-1");
        staffReads("nopii-1");
        deadLetter("nopii-poison", reference);
        dataProtection("nopii-3");
        service.awaitCaughtUp("cases");
        service.awaitCaughtUp("search");
        service.awaitCaughtUp("correspondence");
        lettersRefused();
        prometheus = service.exchange("GET", "/actuator/prometheus", "admin", null).body();
        MongoTemplate mongo = service.bean(MongoTemplate.class);
        mongo.getCollection("deadletters").find().into(deadLetters);
    }

    /** Every step of both stages, each text naming the person, through to closure. Answers the reference. */
    private String wholeProcedure(String id) {
        String reference = ok("POST", "/api/complaints", "intake", lodge(id, "LETTER", "The kettle " + WORD
                + " melted; call me, " + NAME + ", on " + PHONE + " or write to " + EMAIL))
                .body().path("reference").asText();
        String c = B + id;
        ok("POST", c + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        ok("PUT", c + "/handler", "agent", "{\"handler\":\"agent\"}");
        ok("PUT", c + "/category", "agent", "{\"category\":\"SERVICE\",\"reason\":\"" + NAME + " says " + WORD + "\"}");
        ok("POST", c + "/notes", "agent", "{\"note\":\"Spoke to " + NAME + " (" + EMAIL + ", " + PHONE + ") " + WORD + "\"}");
        ok("POST", c + "/department-requests", "agent", "{\"inquiryId\":\"nopii-q\",\"department\":\"WAREHOUSE_MANAGEMENT\","
                + "\"question\":\"Did " + NAME + "'s order " + ORDER + " ship " + WORD + "?\"}");
        ok("POST", c + "/department-requests/nopii-q/answer", "agent", "{\"answer\":\"Order " + ORDER + " for " + NAME
                + " " + WORD + "\"}");
        ok("POST", c + "/communications", "agent", "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"summary\":\""
                + NAME + " rang from " + PHONE + " " + WORD + "\"}");
        ok("POST", c + "/letters", "agent", "{\"communicationId\":\"nopii-l1\",\"kind\":\"STAGE_ONE_OUTCOME\","
                + "\"findings\":\"Dear " + NAME + ", " + WORD + "\",\"remedy\":\"Refund to " + EMAIL + "\"}");
        ok("POST", c + "/resolution", "agent", "{\"outcome\":\"PARTLY_UPHELD\",\"remedy\":\"Refund for " + NAME + " "
                + WORD + "\",\"rootCause\":\"packaging\",\"customerSignposted\":false,\"findingsCommunicationId\":\"nopii-l1\"}");
        ok("POST", c + "/escalation", "agent", "{\"reason\":\"" + NAME + " wants more " + WORD + "\"}");
        ok("POST", c + "/escalation/acknowledgement", "head",
                "{\"managerUserName\":\"manager\",\"managerName\":\"Morgan Price\",\"department\":\"Warehouse\"}");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/London")).plusDays(40);
        ok("POST", c + "/deadline-extensions", "manager", "{\"newDeadline\":\"" + later + "\",\"reason\":\"" + WORD
                + " supplier\",\"channel\":\"EMAIL\",\"summary\":\"Told " + NAME + " at " + EMAIL + " " + WORD + "\"}");
        ok("POST", c + "/letters", "manager", "{\"communicationId\":\"nopii-l2\",\"kind\":\"FINAL_RESPONSE\","
                + "\"findings\":\"Dear " + NAME + ", " + WORD + "\",\"remedy\":\"Replacement " + WORD + "\","
                + "\"signposting\":\"You may ask the ombudsman, " + NAME + "\",\"language\":\"nl\"}");
        ok("POST", c + "/resolution", "manager", "{\"outcome\":\"UPHELD\",\"remedy\":\"Replacement for " + NAME
                + "\",\"rootCause\":\"supplier defect\",\"customerSignposted\":true,\"findingsCommunicationId\":\"nopii-l2\","
                + "\"review\":{\"summary\":\"Reviewed " + NAME + " " + WORD + "\",\"furtherAction\":\"Called " + PHONE + "\"}}");
        ok("POST", c + "/closure", "agent", "{\"reason\":\"FINAL_RESPONSE_GIVEN\"}");
        return reference;
    }

    /** By e-mail: the service acknowledges it by itself and writes the acknowledgement letter to the person. */
    private void lodgedByEmailAndAcknowledgedAutomatically(String id) {
        ok("POST", "/api/complaints", "intake", lodge(id, "EMAIL", "Second " + WORD + " from " + EMAIL));
        service.awaitView(B + id, "agent", view -> !"LODGED".equals(view.path("status").asText()));
    }

    /** R8.2's own requests: a legal hold and its release, the subject-access search and export, a refused and a done erasure. */
    private void dataProtection(String ended) {
        ok("POST", B + ended + "/legal-hold", "dpo", "{\"reason\":\"Claim by " + NAME + " " + WORD + "\"}");
        fail("POST", B + ended + "/erasure", "dpo",
                "{\"ground\":\"CONSENT_WITHDRAWN\",\"requester\":\"DATA_SUBJECT\",\"requestReference\":\"DSR-1\"}");
        fail("POST", B + ended + "/legal-hold", "dpo", "{\"reason\":\"Again for " + EMAIL + "\"}");
        ok("POST", B + ended + "/legal-hold/release", "dpo", "{\"reason\":\"Settled with " + NAME + " " + WORD + "\"}");
        for (String person : List.of("{\"email\":\"" + EMAIL + "\"}", "{\"phone\":\"" + PHONE + "\"}",
                "{\"name\":\"" + NAME + "\"}")) {
            ok("POST", "/api/data-protection/subjects/search", "dpo", person);
            ok("POST", "/api/data-protection/subjects/export", "dpo", person);
        }
        fail("POST", "/api/data-protection/subjects/search", "dpo", "{\"email\":\"" + EMAIL + "\",\"nickname\":\"" + NAME + "\"}");
        fail("POST", "/api/data-protection/subjects/export", "agent", "{\"email\":\"" + EMAIL + "\"}");
        ok("POST", B + ended + "/erasure", "dpo",
                "{\"ground\":\"CONSENT_WITHDRAWN\",\"requester\":\"DATA_SUBJECT\",\"requestReference\":\"DSR-1\"}");
        fail("POST", B + ended + "/communications", "agent",
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"summary\":\"Wrote to " + EMAIL + "\"}");
    }

    private void withdrawnAndReferred(String id) {
        ok("POST", "/api/complaints", "intake", lodge(id, "PHONE", "Third " + WORD));
        ok("POST", B + id + "/external-referrals", "agent", "{\"body\":\"Ombudsman for " + NAME + " " + WORD + "\"}");
        ok("POST", B + id + "/withdrawal", "agent", "{\"reason\":\"" + NAME + " withdrew by phone " + PHONE + " " + WORD + "\"}");
    }

    /** Requests the service refuses: each failing answer is kept and searched, as is everything logged about it. */
    private void failures(String closed) {
        String person = "\"complainant\":{\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL + "\",\"phone\":\"" + PHONE + "\"}";
        // JSON that does not parse, with the person next to where it breaks
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\"," + person + ",\"description\":" + NAME + "}");
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\",\"complainant\":{\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL);
        fail("POST", "/api/complaints", "intake", "{" + person + "}} trailing " + EMAIL);
        fail("POST", "/api/complaints", "intake", "{\"complainant\":{\"name\":\"" + NAME + "\",\"name\":\"" + EMAIL + "\"}}");
        // a value of the wrong type, where the JSON reader quotes what it was given
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"" + NAME + "\",\"category\":\"SERVICE\"," + person
                + ",\"description\":\"" + WORD + "\"}");
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\",\"category\":\"SERVICE\",\"complainant\":\""
                + NAME + " " + EMAIL + "\",\"description\":\"" + WORD + "\"}");
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\",\"category\":\"SERVICE\"," + person
                + ",\"description\":\"" + WORD + "\",\"receivedAt\":\"" + EMAIL + "\"}");
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\",\"category\":\"SERVICE\",\"complainant\":{\"name\":[\""
                + NAME + "\"],\"email\":{\"at\":\"" + EMAIL + "\"}},\"description\":\"" + WORD + "\"}");
        fail("POST", "/api/complaints", "intake", "{\"channel\":\"LETTER\",\"category\":\"SERVICE\"," + person
                + ",\"description\":\"" + WORD + "\",\"" + EMAIL + "\":\"" + NAME + "\"}");
        fail("POST", "/api/complaints", "intake", "{\"complaintId\":\"" + NAME + "\",\"channel\":\"LETTER\",\"category\":\"SERVICE\","
                + person + ",\"description\":\"" + WORD + "\"}");
        fail("POST", B + closed + "/deadline-extensions", "agent", "{\"newDeadline\":\"" + EMAIL + "\",\"reason\":\"" + WORD
                + "\",\"channel\":\"EMAIL\",\"summary\":\"" + NAME + "\"}");
        fail("POST", "/api/search/complaints", "agent", "{\"text\":\"" + NAME + "\",\"limit\":\"" + EMAIL + "\"}");
        // invalid and over-long values
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-1", "LETTER", WORD).replace(EMAIL, "zebedee quillfeather@example.org"));
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-2", "LETTER", WORD).replace(EMAIL, "zebedee.quillfeather@@example.org"));
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-3", "LETTER", WORD).replace(NAME, (NAME + " ").repeat(12)));
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-4", "LETTER", (WORD + " ").repeat(1_000)));
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-5", "LETTER", WORD).replace(ORDER, (ORDER + "-").repeat(6)));
        fail("POST", "/api/search/complaints", "agent", "{\"text\":\"" + (NAME + " ").repeat(20) + "\"}");
        fail("POST", B + closed + "/notes", "agent", "{\"note\":\"" + (EMAIL + " ").repeat(400) + "\"}");
        fail("POST", "/api/complaints", "intake", lodge("nopii-bad-6", "LETTER", WORD).replace(NAME, "\\u200b"));
        // refused by a rule of the procedure, the text naming the person
        fail("POST", B + closed + "/notes", "agent", "{\"note\":\"Write to " + EMAIL + " " + WORD + "\"}");
        fail("POST", B + closed + "/escalation", "agent", "{\"reason\":\"" + NAME + " " + EMAIL + "\"}");
        fail("POST", B + closed + "/withdrawal", "agent", "{\"reason\":\"" + NAME + " " + EMAIL + "\"}");
        fail("POST", "/api/complaints", "intake", lodge(closed, "LETTER", "Not the same " + WORD + " " + EMAIL));
        fail("POST", B + "nopii-nobody/notes", "agent", "{\"note\":\"" + NAME + " " + EMAIL + "\"}");
        fail("POST", B + "nopii-3/letters", "agent", "{\"kind\":\"FINAL_RESPONSE\",\"findings\":\"" + NAME + " " + WORD + "\"}");
        fail("POST", B + "nopii-2/resolution", "agent", "{\"outcome\":\"UPHELD\",\"remedy\":\"" + NAME + "\",\"rootCause\":\""
                + WORD + "\",\"customerSignposted\":false,\"findingsCommunicationId\":\"none\"}");
        // with the wrong role: refused before the body is read
        fail("POST", B + closed + "/escalation/acknowledgement", "agent",
                "{\"managerUserName\":\"manager\",\"managerName\":\"" + NAME + "\",\"department\":\"" + EMAIL + "\"}");
    }

    /** Waits until the sender gave up on a letter to the person, after a retry; keeps what the outbox says of each. */
    private void lettersRefused() {
        Instant giveUp = Instant.now().plusSeconds(20);
        JsonNode outbox = ok("GET", "/api/outbox", "admin", null).body();
        while (!outbox.toString().contains("PARKED")) {
            assertThat(Instant.now()).as("a letter parked by the refusing mail server: " + outbox).isBefore(giveUp);
            pause();
            outbox = ok("GET", "/api/outbox", "admin", null).body();
        }
        outbox.findValuesAsText("lastError").forEach(mailErrors::add);
    }

    /** What staff read: the case, the search by the person, the letters, the history. */
    private void staffReads(String id) {
        service.awaitView(B + id, "agent", view -> "CLOSED".equals(view.path("status").asText()));
        service.awaitCaughtUp("search");
        for (String text : List.of(NAME, EMAIL, PHONE, ORDER, "Quillf")) {
            JsonNode hits = ok("POST", "/api/search/complaints", "agent", "{\"text\":\"" + text + "\"}").body();
            assertThat(hits.toString()).as("found by " + text).contains(id);
        }
        ok("GET", B + id + "/letters", "agent", null);
        ok("GET", "/api/audit/complaints/" + id + "/history", "auditor", null);
        ok("GET", "/api/queue", "agent", null);
    }

    /**
     * A lodged complaint whose reference collides with another's, as {@link PoisonEventTest} makes one: the case view's
     * unique index refuses it, and it is parked with its cause.
     */
    private void deadLetter(String id, String reference) {
        Instant t = Instant.now().minus(Duration.ofHours(1));
        append(service.bean(EventStore.class), ComplaintId.of(id), 0, new ComplaintLodged(ComplaintId.of(id),
                ReferenceNumber.parse(reference), Channel.LETTER, Category.SERVICE,
                new Complainant(NAME, EMAIL, PHONE, ADDRESS), "Poison " + WORD + " " + EMAIL, ORDER, null, t, t,
                t.plus(Duration.ofHours(48)), t.plus(Duration.ofHours(36)), "2025.1", new Actor("intake")));
        Instant giveUp = Instant.now().plusSeconds(15);
        while (!ok("GET", "/api/admin/dead-letters", "admin", null).body().toString().contains(id)) {
            assertThat(Instant.now()).as("dead letter of " + id).isBefore(giveUp);
            pause();
        }
    }

    @Test
    @DisplayName("#17: no log line at any level, stack trace or cause, nor the console, holds the complainant's data")
    void logsHoldNoPersonalData() {
        assertThat(log.lines()).as("captured log lines").hasSizeGreaterThan(1_000);
        List<String> inLog = leaks(log.lines());
        List<String> onConsole = leaks(console.toString(StandardCharsets.UTF_8).lines().toList());
        keep("log", inLog);
        keep("console", onConsole);
        assertThat(inLog).as("log lines naming the person (all in target/personal-data-leaks-log.txt)").isEmpty();
        assertThat(onConsole).as("console lines naming the person (all in target/personal-data-leaks-console.txt)").isEmpty();
    }

    @Test
    @DisplayName("#17: no problem details of a refused request echo the complainant's data")
    void problemDetailsHoldNoPersonalData() {
        assertThat(unrefused).as("requests that should have been refused").isEmpty();
        assertThat(problems).as("refused requests").hasSizeGreaterThan(25);
        assertThat(leaks(problems)).as("problem details naming the person").isEmpty();
    }

    @Test
    @DisplayName("#17: no metric name or label holds the complainant's data")
    void metricsHoldNoPersonalData() {
        assertThat(prometheus).contains("http_server_requests");
        assertThat(leaks(prometheus.lines().toList())).as("Prometheus lines naming the person").isEmpty();
    }

    @Test
    @DisplayName("#17: a letter the mail server refused is logged and kept without the address the server quoted")
    void mailErrorsHoldNoPersonalData() {
        assertThat(mailServer.refused()).as("recipients refused").isPositive();
        assertThat(mailErrors).as("the outbox's last errors").isNotEmpty();
        assertThat(leaks(mailErrors)).as("the outbox's last errors naming the person").isEmpty();
    }

    @Test
    @DisplayName("#17: a dead letter's cause and diagnostics hold none of the complainant's data")
    void deadLetterCausesHoldNoPersonalData() {
        assertThat(deadLetters).as("dead letters").isNotEmpty();
        List<String> outsideTheEvent = new ArrayList<>();
        for (Document letter : deadLetters) {
            Document copy = new Document(letter);
            copy.remove(SERIALIZED_EVENT);
            outsideTheEvent.add(text(copy));
        }
        assertThat(leaks(outsideTheEvent)).as("dead letters, but for the event they hold, naming the person").isEmpty();
    }

    @Test
    @DisplayName("#17: the event a dead letter holds keeps the complainant's data only encrypted")
    void deadLetteredEventsHoldNoPersonalDataInClear() {
        assertThat(leaks(deadLetters.stream().map(NoPersonalDataInLogsTest::text).toList())).isEmpty();
    }

    /** The field of Axon's Mongo dead letter that holds the serialized event (payload and metadata). */
    static final String SERIALIZED_EVENT = "message";

    private static String lodge(String id, String channel, String description) {
        return """
                {"complaintId":"%s","channel":"%s","category":"PRODUCT_DEFECT",
                 "complainant":{"name":"%s","email":"%s","phone":"%s","postalAddress":"%s"},
                 "description":"%s","orderNumber":"%s","product":"Kettle"}"""
                .formatted(id, channel, NAME, EMAIL, PHONE, ADDRESS, description, ORDER);
    }

    private RunningService.Answer ok(String method, String path, String user, String body) {
        return service.command(method, path, user, body);
    }

    private void fail(String method, String path, String user, String body) {
        HttpResponse<String> answer = service.exchange(method, path, user, body);
        if (answer.statusCode() < 400 || answer.statusCode() > 499) {
            unrefused.add(method + " " + path + " " + body + " answered " + answer.statusCode());
        }
        problems.add(method + " " + path + " -> " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
    }

    /** Leaves what was found where a person can read all of it, past what an assertion message shows. */
    private static void keep(String where, List<String> leaks) {
        try {
            Files.write(Path.of("target", "personal-data-leaks-" + where + ".txt"), leaks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines that name the person, each with what it names. */
    static List<String> leaks(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            List<String> named = new ArrayList<>(NEEDLES.stream().filter(n -> lower.contains(n.toLowerCase(Locale.ROOT))).toList());
            if (line.replaceAll("[^0-9]", "").contains(PHONE_DIGITS)) {
                named.add("phone");
            }
            if (!named.isEmpty()) {
                found.add(named + " in: " + (line.length() > 2_000 ? line.substring(0, 2_000) + "..." : line));
            }
        }
        return found;
    }

    /** A BSON document as text, binary fields (a serialized event) read as UTF-8. */
    static String text(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            map.forEach((k, v) -> text.append(k).append('=').append(text(v)).append(", "));
            return text.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(NoPersonalDataInLogsTest::text).toList().toString();
        }
        if (value instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event the root logger sees, formatted with its logger, MDC, and whole stack trace with every cause. */
    static final class LogCapture extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            setContext(context);
            setName("no-personal-data");
            super.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
        }

        @Override
        public void stop() {
            ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                    .append(' ').append(event.getMDCPropertyMap()).append(": ").append(event.getFormattedMessage());
            Optional.ofNullable(event.getKeyValuePairs()).ifPresent(pairs -> line.append(' ').append(pairs));
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }

    /**
     * An SMTP server that takes every mail but refuses every recipient, quoting the address back as real servers do
     * ("550 5.1.1 &lt;ann@example.org&gt;: Recipient address rejected").
     */
    static final class RefusingMailServer implements AutoCloseable {

        private final ServerSocket socket;
        private final AtomicInteger refused = new AtomicInteger();

        RefusingMailServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void start() {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        Thread talk = new Thread(() -> talk(client), "refusing-smtp");
                        talk.setDaemon(true);
                        talk.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "refusing-smtp-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int refused() {
            return refused.get();
        }

        private void talk(Socket client) {
            try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 var out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII), true)) {
                out.print("220 refusing.test ESMTP\r\n");
                out.flush();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    String reply = switch (verb) {
                        case "EHLO", "HELO" -> "250 refusing.test";
                        case "RCPT" -> {
                            refused.incrementAndGet();
                            String to = line.substring(line.indexOf(':') + 1).trim();
                            yield "550 5.1.1 " + to + ": Recipient address rejected: User unknown in local recipient table";
                        }
                        case "QUIT" -> "221 bye";
                        default -> "250 OK";
                    };
                    out.print(reply + "\r\n");
                    out.flush();
                    if (verb.equals("QUIT")) {
                        return;
                    }
                }
            } catch (IOException gone) {
                // the client hung up
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** What the console was sent while the requests ran, kept for the search and out of the build's own output. */
    private static final class Swallowed extends OutputStream {

        private final ByteArrayOutputStream into;

        Swallowed(ByteArrayOutputStream into) {
            this.into = into;
        }

        @Override
        public void write(int b) {
            synchronized (into) {
                into.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (into) {
                into.write(b, off, len);
            }
        }
    }
}
