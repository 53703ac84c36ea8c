package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
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
        for (String order : List.of(Outbox.NEW_ORDER, Outbox.DUE_ORDER)) {
            // as the service creates them: a claim reads along them
            mongo.indexOps(OutboxEntry.class).ensureIndex(new Index(order, Sort.Direction.ASC).unique().sparse());
        }
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

    @Test
    @DisplayName("#19: a letter has a claim order while it may be claimed: new or being sent both, held the mail"
            + " server's alone, none once it waits for the post")
    void keepsEachLettersClaimOrderToItsState() {
        OutboxEntry recorded = mongo.findAll(OutboxEntry.class).get(0);
        assertThat(recorded.newOrder).isEqualTo(OutboxEntry.order(T0, recorded.id)).isEqualTo(recorded.dueOrder);

        OutboxEntry leased = outbox.claimNew(T0, LEASE, "instance-a").orElseThrow();
        assertThat(outbox.update(leased, new Update().set("state", LetterState.HELD).set("leaseUntil", Instant.EPOCH)))
                .isTrue();
        OutboxEntry held = mongo.findById(leased.id, OutboxEntry.class);
        assertThat(held.newOrder).isNull();
        assertThat(held.dueOrder).isEqualTo(recorded.dueOrder);
        assertThat(outbox.claimNew(T0.plusSeconds(1), LEASE, "instance-a")).as("held is not new").isEmpty();

        OutboxEntry sending = outbox.claim(T0.plusSeconds(1), LEASE, "instance-b").orElseThrow();
        assertThat(mongo.findById(sending.id, OutboxEntry.class).newOrder)
                .as("being sent: new again for a service that loses its mail server").isEqualTo(recorded.dueOrder);
        assertThat(outbox.update(sending, new Update().set("state", LetterState.NEEDS_POST)
                .set("leaseUntil", Instant.EPOCH))).isTrue();
        OutboxEntry forThePost = mongo.findById(sending.id, OutboxEntry.class);
        assertThat(forThePost.newOrder).isNull();
        assertThat(forThePost.dueOrder).isNull();
        assertThat(outbox.claim(T0.plus(Duration.ofDays(1)), LEASE, "instance-c")).isEmpty();
        assertThat(outbox.claimNew(T0.plus(Duration.ofDays(1)), LEASE, "instance-c")).isEmpty();
    }

    @Test
    @DisplayName("#19: letters are claimed soonest due first, then by key, as sorting the whole outbox did; a letter"
            + " tried again takes its new place")
    void claimsLettersInTheOrderTheyAreDue() {
        outbox.record(OutboxEntry.of("web-3", LetterKind.ACKNOWLEDGEMENT, "event-3", 1, T0.minusSeconds(5)));
        outbox.record(OutboxEntry.of("web-2", LetterKind.ACKNOWLEDGEMENT, "event-2", 1, T0.minusSeconds(5)));
        outbox.record(OutboxEntry.of("web-4", LetterKind.ACKNOWLEDGEMENT, "event-4", 1, T0.plusSeconds(5)));

        List<String> claimed = new ArrayList<>();
        outbox.claimNew(T0, LEASE, "instance-a").ifPresent(entry -> claimed.add(entry.complaintId));
        OutboxEntry second = outbox.claimNew(T0, LEASE, "instance-a").orElseThrow();
        claimed.add(second.complaintId);
        outbox.claim(T0, LEASE, "instance-a").ifPresent(entry -> claimed.add(entry.complaintId));
        assertThat(outbox.claim(T0, LEASE, "instance-a")).as("web-4 is not due yet").isEmpty();
        assertThat(claimed).containsExactly("web-2", "web-3", "web-1");

        assertThat(outbox.update(second, new Update().set("state", LetterState.PENDING)
                .set("leaseUntil", Instant.EPOCH).set("nextAttemptAt", T0.plusSeconds(9)))).isTrue();
        assertThat(outbox.claimNew(T0.plusSeconds(9), LEASE, "instance-b").orElseThrow().complaintId)
                .isEqualTo("web-4");
        assertThat(outbox.claimNew(T0.plusSeconds(9), LEASE, "instance-b").orElseThrow().complaintId)
                .as("tried again at its new time").isEqualTo("web-3");
    }

    @Test
    @DisplayName("#19: a letter an earlier release recorded without a claim order gets one at start-up and is sent")
    void ordersTheLettersOfAnEarlierRelease() {
        outbox.record(OutboxEntry.of("web-5", LetterKind.ACKNOWLEDGEMENT, "event-5", 1, T0));
        OutboxEntry toHold = outbox.claimNew(T0, LEASE, "instance-a").orElseThrow();
        outbox.update(toHold, new Update().set("state", LetterState.HELD).set("leaseUntil", Instant.EPOCH));
        mongo.updateMulti(new Query(), new Update().unset(Outbox.NEW_ORDER).unset(Outbox.DUE_ORDER),
                OutboxEntry.class);
        assertThat(outbox.claim(T0, LEASE, "instance-a")).as("without an order no claim finds them").isEmpty();

        outbox.orderLettersOfEarlierReleases();

        OutboxEntry pending = outbox.claimNew(T0, LEASE, "instance-a").orElseThrow();
        assertThat(pending.id).isNotEqualTo(toHold.id);
        assertThat(outbox.claimNew(T0, LEASE, "instance-a")).as("the held one is not new").isEmpty();
        assertThat(outbox.claim(T0, LEASE, "instance-a").orElseThrow().id).isEqualTo(toHold.id);
    }
}
