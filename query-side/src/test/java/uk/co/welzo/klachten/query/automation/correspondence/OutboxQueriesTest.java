package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.correspondence.FindLetters;
import uk.co.welzo.klachten.api.correspondence.FindOutbox;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.query.MongoTestServer;

/** The outbox as the console reads it over the query bus, on a real MongoDB wire server. */
@ExtendWith(MongoTestServer.class)
class OutboxQueriesTest {

    private static final Instant T0 = Instant.parse("2027-01-05T10:00:00Z");
    private static MongoTemplate mongo;
    private OutboxQueries queries;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void aLetterAndANotice() {
        mongo.dropCollection(OutboxEntry.class);
        Outbox outbox = new Outbox(mongo);
        outbox.record(OutboxEntry.of("web-1", LetterKind.ACKNOWLEDGEMENT, "event-1", 1, T0));
        outbox.record(OutboxEntry.notice("web-1", Notice.ASSIGNED, Notice.Recipient.HANDLER, "agent", "head", "event-2",
                2, T0.plusSeconds(1)));
        OutboxEntry parked = OutboxEntry.of("web-2", LetterKind.WITHDRAWAL_CONFIRMATION, "event-3", 4, T0.plusSeconds(2));
        parked.state = LetterState.PARKED;
        parked.lastError = "MailSendException: refused";
        outbox.record(parked);
        queries = new OutboxQueries(outbox);
    }

    @Test
    void listsAComplaintsLettersAndNoticesOldestFirst() {
        assertThat(queries.handle(new FindLetters(ComplaintId.of("web-1"))))
                .extracting(item -> item.kind() + "/" + item.notice() + "/" + item.recipient() + "/" + item.state())
                .containsExactly("ACKNOWLEDGEMENT/null/null/PENDING", "null/ASSIGNED/agent/PENDING");
    }

    @Test
    void listsTheOutboxInOneStateWithTheLastError() {
        assertThat(queries.handle(new FindOutbox("parked", 10))).singleElement().satisfies(item -> {
            assertThat(item.complaintId()).isEqualTo("web-2");
            assertThat(item.lastError()).isEqualTo("MailSendException: refused");
        });
        assertThat(queries.handle(new FindOutbox(null, 2))).as("the limit").hasSize(2);
        assertThat(queries.handle(new FindOutbox("nonsense", 10))).as("an unknown state answers nothing").isEmpty();
    }
}
