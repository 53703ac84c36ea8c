package uk.co.welzo.klachten.query.automation.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintWithdrawn;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldPlaced;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * R8.2: the retention documents are projected into a real MongoDB wire server and the retention clock sends its
 * erasures over a real Axon command bus, whose handler here only records what arrived (or refuses, as the aggregate
 * may; its answers are tested on the command side).
 */
@ExtendWith(MongoTestServer.class)
class RetentionClockTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant ENDED = Instant.parse("2026-12-24T10:00:00Z");
    static final Instant ERASE_AFTER = Instant.parse("2032-12-24T10:00:00Z");
    static final Actor STAFF = new Actor("agent");
    static final Actor DPO = new Actor("dpo");

    private static MongoTemplate mongo;
    private final List<EraseComplainantData> sent = new ArrayList<>();
    private AnnotationEventHandlerAdapter projection;
    private SimpleCommandBus bus;
    private ErrorCode refuseWith;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        projection = new AnnotationEventHandlerAdapter(new RetentionProjection(mongo,
                new WorkingDayCalendar(LONDON, WorkingDayCalendar.ENGLAND_AND_WALES), Period.ofYears(6)));
        projection.prepareReset();
        bus = SimpleCommandBus.builder().build();
        bus.subscribe(EraseComplainantData.class.getName(), message -> {
            if (refuseWith != null) {
                throw new CommandExecutionException("refused", null,
                        new ErrorDetail(refuseWith, refuseWith.name()));
            }
            sent.add((EraseComplainantData) message.getPayload());
            return null;
        });
    }

    private int scanAt(Instant now) {
        sent.clear();
        return new RetentionClock(mongo, DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(now, ZoneOffset.UTC), 500).scan();
    }

    private void deliver(ComplaintId id, Object... events) throws Exception {
        for (int sequence = 0; sequence < events.length; sequence++) {
            projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), 10 + sequence, events[sequence]));
        }
    }

    private static EraseComplainantData erasure(ComplaintId id) {
        return new EraseComplainantData(id, ErasureGround.RETENTION_PERIOD_ENDED, Requester.RETENTION_POLICY,
                "retention policy", new Actor("retention-clock"), Set.of());
    }

    private static ComplaintClosed closed(ComplaintId id) {
        return new ComplaintClosed(id, ClosureReason.ACCEPTED_BY_CUSTOMER, ENDED, ENDED, STAFF);
    }

    private static RetentionScheduled scheduled(ComplaintId id, Instant eraseAfter) {
        return new RetentionScheduled(id, eraseAfter, "personal-data-P6Y-after-end", ENDED, ENDED, STAFF);
    }

    @Test
    @DisplayName("R8.2 the retention clock erases once eraseAfter has come, not a second before")
    void erasesWhenDue() throws Exception {
        ComplaintId id = ComplaintId.of("retention-1");
        deliver(id, closed(id), scheduled(id, ERASE_AFTER));

        assertThat(scanAt(ERASE_AFTER.minusSeconds(1))).isZero();
        assertThat(sent).isEmpty();
        assertThat(scanAt(ERASE_AFTER)).isEqualTo(1);
        assertThat(sent).containsExactly(erasure(id));
    }

    @Test
    @DisplayName("R8.2 a complaint that ended before retention was recorded is due six years after its end, London time")
    void legacyEndedComplaintIsDueFromItsEnd() throws Exception {
        ComplaintId id = ComplaintId.of("retention-2");
        Instant summerEnd = Instant.parse("2020-07-01T09:00:00Z");
        deliver(id, new ComplaintWithdrawn(id, "No longer needed", summerEnd, summerEnd, STAFF));

        assertThat(mongo.findById(id.value(), RetentionAlarmsDocument.class).eraseAfter)
                .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(scanAt(Instant.parse("2026-07-01T08:59:59Z"))).isZero();
        assertThat(scanAt(Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo(1);
    }

    @Test
    @DisplayName("R8.2 a held complaint is never erased by the clock; the release's moved eraseAfter is")
    void heldComplaintIsSkippedUntilReleased() throws Exception {
        ComplaintId id = ComplaintId.of("retention-3");
        deliver(id, closed(id), scheduled(id, ERASE_AFTER), new LegalHoldPlaced(id, "Claim", ENDED, ENDED, DPO));
        assertThat(scanAt(ERASE_AFTER.plus(Duration.ofDays(400)))).isZero();
        assertThat(sent).isEmpty();

        Instant moved = ERASE_AFTER.plus(Duration.ofDays(30));
        Instant releasedAt = ENDED.plus(Duration.ofDays(30));
        projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), 13,
                new LegalHoldReleased(id, "Settled", moved, releasedAt, releasedAt, DPO)));
        assertThat(scanAt(moved.minusSeconds(1))).isZero();
        assertThat(scanAt(moved)).isEqualTo(1);
        assertThat(sent).containsExactly(erasure(id));
    }

    @Test
    @DisplayName("R8.2 an erased complaint is not sent again; the same events twice leave the same document")
    void erasedComplaintIsQuietAndReplaySafe() throws Exception {
        ComplaintId id = ComplaintId.of("retention-4");
        Object erased = new PersonalDataErased(id, ErasureGround.RETENTION_PERIOD_ENDED, Requester.RETENTION_POLICY,
                "retention policy", ERASE_AFTER, ERASE_AFTER, new Actor("retention-clock"));
        deliver(id, closed(id), scheduled(id, ERASE_AFTER), erased);
        deliver(id, closed(id), scheduled(id, ERASE_AFTER), erased);

        RetentionAlarmsDocument document = mongo.findById(id.value(), RetentionAlarmsDocument.class);
        assertThat(document.erased).isTrue();
        assertThat(document.held).isFalse();
        assertThat(document.eraseAfter).isEqualTo(ERASE_AFTER);
        assertThat(document.endedAt).isEqualTo(ENDED);
        assertThat(document.lastSequence).isEqualTo(12);
        assertThat(scanAt(ERASE_AFTER.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    @DisplayName("R8.2 a refusal (a hold the clock had not yet seen) is logged and retried at the next scan")
    void refusalIsRetried() throws Exception {
        ComplaintId id = ComplaintId.of("retention-5");
        deliver(id, closed(id), scheduled(id, ERASE_AFTER));
        refuseWith = ErrorCode.LEGAL_HOLD_IN_FORCE;
        assertThat(scanAt(ERASE_AFTER)).isZero();
        refuseWith = null;
        assertThat(scanAt(ERASE_AFTER)).isEqualTo(1);
    }

    @Test
    @DisplayName("R8.2 a hold on a complaint still running keeps no eraseAfter: nothing is due")
    void holdOnARunningComplaintIsNeverDue() throws Exception {
        ComplaintId id = ComplaintId.of("retention-6");
        deliver(id, new LegalHoldPlaced(id, "Claim", ENDED, ENDED, DPO),
                new LegalHoldReleased(id, "Settled", null, ENDED, ENDED, DPO));
        assertThat(mongo.findById(id.value(), RetentionAlarmsDocument.class).eraseAfter).isNull();
        assertThat(scanAt(Instant.parse("2099-01-01T00:00:00Z"))).isZero();
    }
}
