package uk.co.welzo.klachten.query.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaHistory.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;
import uk.co.welzo.klachten.query.MongoTestServer;

/**
 * The alarm clock reads the clocks from a real MongoDB wire server and sends its commands over a
 * real Axon command bus, whose handlers here only record what arrived (the aggregate's answers are
 * tested on the command side).
 */
@ExtendWith(MongoTestServer.class)
class SlaAlarmClockTest {

    private static MongoTemplate mongo;
    private final List<Object> sent = new ArrayList<>();
    private AnnotationEventHandlerAdapter projection;
    private SimpleCommandBus bus;
    private boolean refuseWarnings;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        projection = new AnnotationEventHandlerAdapter(new SlaProjection(mongo,
                new SlaBreachUpdates(SimpleQueryUpdateEmitter.builder().build(), mongo, java.time.Clock.systemUTC())));
        projection.prepareReset();
        bus = SimpleCommandBus.builder().build();
        bus.subscribe(IssueDeadlineWarning.class.getName(), message -> {
            if (refuseWarnings) {
                throw new IllegalStateException("refused");
            }
            sent.add(message.getPayload());
            return null;
        });
        bus.subscribe(RecordMissedDeadline.class.getName(), message -> {
            sent.add(message.getPayload());
            return null;
        });
    }

    private int scanAt(Instant now) {
        sent.clear();
        return new SlaAlarmClock(mongo, DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(now, ZoneOffset.UTC), 500).scan();
    }

    private void deliver(ComplaintId id, List<Object> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, events.get(sequence)));
        }
    }

    @Test
    @DisplayName("R2.1: 12 hours before the 48-hour deadline a warning is sent; at the deadline a breach")
    void acknowledgementWarningThenBreach() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-1");
        deliver(id, List.of(lodged(id)));

        assertThat(scanAt(hours(35))).isZero();
        assertThat(sent).isEmpty();

        assertThat(scanAt(hours(36))).isEqualTo(1);
        assertThat(sent).containsExactly(new IssueDeadlineWarning(id, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48), SlaAlarmClock.SLA_CLOCK));

        assertThat(scanAt(hours(48))).as("the warning was not yet projected: the breach is due now, so the breach goes").isEqualTo(1);
        assertThat(sent).containsExactly(new RecordMissedDeadline(id, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48), SlaAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("a met obligation sends nothing; a recorded warning is not sent again")
    void metAndWarnedClocksStayQuiet() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-2");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id), answered(id), stageOneWarned(id)));
        assertThat(scanAt(at("2025-03-21T12:00:00Z"))).isZero();
        assertThat(sent).isEmpty();
        scanAt(at("2025-03-22T00:00:00Z"));
        assertThat(sent).containsExactly(new RecordMissedDeadline(id, DeadlineKind.STAGE_ONE_RESOLUTION, null,
                at("2025-03-22T00:00:00Z"), SlaAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("R3.2: a department's response deadline has its own warning")
    void departmentResponseWarning() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-3");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id)));
        scanAt(at("2025-03-12T00:00:00Z"));
        assertThat(sent).containsExactly(new IssueDeadlineWarning(id, DeadlineKind.DEPARTMENT_RESPONSE, INQUIRY,
                at("2025-03-13T00:00:00Z"), SlaAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("a refused command is logged and retried at the next scan; the other alarms still go")
    void refusalDoesNotStopTheScan() throws Exception {
        ComplaintId late = ComplaintId.of("alarm-4");
        ComplaintId warned = ComplaintId.of("alarm-5");
        deliver(late, List.of(lodged(late)));
        deliver(warned, List.of(lodged(warned), acknowledged(warned)));
        refuseWarnings = true;
        assertThat(scanAt(at("2025-03-21T00:00:00Z"))).isEqualTo(1);
        assertThat(sent).containsExactly(new RecordMissedDeadline(late, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48),
                SlaAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("the alarms hold exactly the running clocks' next alerts, so a scan reads no stopped clock")
    void alarmsMirrorTheRunningClocks() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-8");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id), answered(id), stageOneWarned(id)));

        Map<String, Date> expected = new TreeMap<>();
        for (SlaClockDocument clock : mongo.findAll(SlaClockDocument.class)) {
            if (clock.nextAlertAt != null) {
                expected.put(clock.id, Date.from(clock.nextAlertAt));
            }
        }
        Map<String, Date> alarms = new TreeMap<>();
        mongo.getCollection(SlaAlarms.COLLECTION).find()
                .forEach(alarm -> alarms.put(alarm.getString("_id"), alarm.getDate(SlaAlarms.NEXT_ALERT_AT)));
        assertThat(alarms).isEqualTo(expected).containsOnlyKeys(
                SlaClockDocument.idOf(id.value(), DeadlineKind.STAGE_ONE_RESOLUTION, null));
    }

    @Test
    @DisplayName("clocks projected before the alarms collection existed still ring: the first scan fills it")
    void alarmsAreFilledFromClocksProjectedBefore() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-9");
        deliver(id, List.of(lodged(id)));
        mongo.dropCollection(SlaAlarms.COLLECTION);

        assertThat(scanAt(hours(36))).isEqualTo(1);
        assertThat(sent).containsExactly(new IssueDeadlineWarning(id, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48),
                SlaAlarmClock.SLA_CLOCK));
        assertThat(mongo.getCollection(SlaAlarms.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    @DisplayName("an alarm left behind by a stopped clock sends nothing and is removed; a running clock's stays")
    void alarmOfAStoppedClockIsDropped() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-10");
        deliver(id, List.of(lodged(id), acknowledged(id)));
        String acknowledgement = SlaClockDocument.idOf(id.value(), DeadlineKind.ACKNOWLEDGEMENT, null);
        mongo.getCollection(SlaAlarms.COLLECTION).insertOne(SlaAlarms.alarm(acknowledgement, hours(36)));

        assertThat(scanAt(hours(40))).isZero();
        assertThat(sent).isEmpty();
        assertThat(mongo.getCollection(SlaAlarms.COLLECTION).find().map(alarm -> alarm.getString("_id"))
                .into(new ArrayList<>())).containsExactly(
                        SlaClockDocument.idOf(id.value(), DeadlineKind.STAGE_ONE_RESOLUTION, null));
    }
}
