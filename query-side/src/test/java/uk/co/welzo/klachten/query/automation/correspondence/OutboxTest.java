package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.query.MongoTestServer;

/** The lease, on a real MongoDB wire server: one sender holds a letter at a time, and a sender past its lease writes nothing. */
@ExtendWith(MongoTestServer.class)
class OutboxTest {

    private static final Instant T0 = Instant.parse("2027-01-05T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static MongoTemplate mongo;
    private Outbox outbox;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void oneLetter() {
        mongo.dropCollection(OutboxEntry.class);
        outbox = new Outbox(mongo);
        assertThat(outbox.record(OutboxEntry.of("web-1", LetterKind.ACKNOWLEDGEMENT, "event-1", 1, T0))).isTrue();
        assertThat(outbox.record(OutboxEntry.of("web-1", LetterKind.ACKNOWLEDGEMENT, "event-1", 1, T0.plusSeconds(9))))
                .as("the same key again").isFalse();
    }

    @Test
    void givesALetterToOneSenderUntilItsLeaseEnds() {
        OutboxEntry first = outbox.claim(T0, LEASE, "instance-a").orElseThrow();
        assertThat(first.state).isEqualTo(LetterState.SENDING);
        assertThat(first.leaseOwner).isEqualTo("instance-a");
        assertThat(outbox.claim(T0, LEASE, "instance-b")).isEmpty();
        assertThat(outbox.claim(T0.plus(LEASE).minusMillis(1), LEASE, "instance-b")).isEmpty();
    }

    @Test
    void letsAnotherSenderTakeOverAfterTheLeaseAndIgnoresTheFormerHolder() {
        OutboxEntry byA = outbox.claim(T0, LEASE, "instance-a").orElseThrow();
        OutboxEntry byB = outbox.claim(T0.plus(LEASE), LEASE, "instance-b").orElseThrow();
        assertThat(byB.leaseOwner).isEqualTo("instance-b");

        assertThat(outbox.update(byA, new Update().set("messageId", "<from-a>"))).as("a's lease is over").isFalse();
        assertThat(outbox.update(byB, new Update().set("messageId", "<from-b>"))).isTrue();
        assertThat(outbox.update(byB, new Update().set("messageId", "<from-b>"))).as("no change is still its own").isTrue();
        assertThat(mongo.findById(byB.id, OutboxEntry.class).messageId).isEqualTo("<from-b>");
    }

    @Test
    void claimsNothingBeforeItsNextAttempt() {
        OutboxEntry leased = outbox.claim(T0, LEASE, "instance-a").orElseThrow();
        outbox.update(leased, new Update().set("state", LetterState.PENDING).set("leaseUntil", Instant.EPOCH)
                .set("nextAttemptAt", T0.plusSeconds(60)));
        assertThat(outbox.claim(T0.plusSeconds(59), LEASE, "instance-b")).isEmpty();
        assertThat(outbox.claim(T0.plusSeconds(60), LEASE, "instance-b")).isPresent();
    }
}
