package uk.co.welzo.klachten.query.automation.deadlinealarms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaHistory.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.IssueDeadlineWarning;
import uk.co.welzo.klachten.api.complaint.command.RecordMissedDeadline;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.ComplaintResolved;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/**
 * The alarms are projected into a real MongoDB wire server and the alarm clock sends its commands over a real Axon
 * command bus, whose handlers here only record what arrived (the aggregate's answers are tested on the command side).
 */
@ExtendWith(MongoTestServer.class)
class DeadlineAlarmsTest {

    private static MongoTemplate mongo;
    private final List<Object> sent = new ArrayList<>();
    private AnnotationEventHandlerAdapter projection;
    private SimpleCommandBus bus;
    private boolean refuseWarnings;
    private boolean closeLapsed = true;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void setUp() {
        projection = new AnnotationEventHandlerAdapter(new DeadlineAlarmProjection(mongo));
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
        bus.subscribe(CloseComplaint.class.getName(), message -> {
            sent.add(message.getPayload());
            return null;
        });
    }

    private int scanAt(Instant now) {
        sent.clear();
        return new DeadlineAlarmClock(mongo, DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(now, ZoneOffset.UTC), 500, closeLapsed).scan();
    }

    private void deliver(ComplaintId id, List<Object> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            deliver(id, sequence, events.get(sequence));
        }
    }

    private void deliver(ComplaintId id, int sequence, Object event) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, event));
    }

    private static List<Object> stageOneWithExtensionAndBreach(ComplaintId id) {
        return List.of(lodged(id), acknowledged(id), asked(id), answered(id), stageOneWarned(id), extended(id),
                stageOneMissed(id), resolvedStageOne(id));
    }

    /** The next alert of each obligation of the complaint that has one, by obligation. */
    private static Map<String, Instant> alerts(ComplaintId id) {
        DeadlineAlarmsDocument alarms = mongo.findById(id.value(), DeadlineAlarmsDocument.class);
        Map<String, Instant> alerts = new LinkedHashMap<>();
        if (alarms != null) {
            alarms.alarms.forEach(alarm -> alerts.put(alarm.kind + (alarm.inquiryId == null ? "" : "/" + alarm.inquiryId),
                    alarm.nextAlertAt()));
        }
        return alerts;
    }

    @Test
    @DisplayName("R2.1: 12 hours before the 48-hour deadline a warning is sent; at the deadline a breach")
    void acknowledgementWarningThenBreach() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-1");
        deliver(id, List.of(lodged(id)));

        assertThat(scanAt(hours(35))).isZero();
        assertThat(sent).isEmpty();

        assertThat(scanAt(hours(36))).isEqualTo(1);
        assertThat(sent).containsExactly(new IssueDeadlineWarning(id, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48),
                DeadlineAlarmClock.SLA_CLOCK));

        assertThat(scanAt(hours(48))).as("the warning was not yet projected: the breach is due now, so the breach goes").isEqualTo(1);
        assertThat(sent).containsExactly(new RecordMissedDeadline(id, DeadlineKind.ACKNOWLEDGEMENT, null, hours(48),
                DeadlineAlarmClock.SLA_CLOCK));
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
                at("2025-03-22T00:00:00Z"), DeadlineAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("R3.2: a department's response deadline has its own warning")
    void departmentResponseWarning() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-3");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id)));
        scanAt(at("2025-03-12T00:00:00Z"));
        assertThat(sent).containsExactly(new IssueDeadlineWarning(id, DeadlineKind.DEPARTMENT_RESPONSE, INQUIRY,
                at("2025-03-13T00:00:00Z"), DeadlineAlarmClock.SLA_CLOCK));
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
                DeadlineAlarmClock.SLA_CLOCK));
    }

    @Test
    @DisplayName("R5: the next alarm moves from the warning to the deadline, an extension brings a new warning, "
            + "and a recorded breach rings no more")
    void nextAlarmFollowsWarningsExtensionsAndBreaches() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-6");
        List<Object> events = stageOneWithExtensionAndBreach(id);
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id)));
        assertThat(alerts(id)).as("stage 1 and the department: their warnings")
                .containsEntry("STAGE_ONE_RESOLUTION", at("2025-03-21T00:00:00Z"))
                .containsKey("DEPARTMENT_RESPONSE/i-1");
        deliver(id, 3, events.get(3));
        deliver(id, 4, events.get(4));
        assertThat(alerts(id)).as("answered, warned: the deadline is next")
                .containsExactly(Map.entry("STAGE_ONE_RESOLUTION", at("2025-03-22T00:00:00Z")));
        deliver(id, 5, events.get(5));
        assertThat(alerts(id)).as("extended: the new warning is next")
                .containsExactly(Map.entry("STAGE_ONE_RESOLUTION", at("2025-03-28T00:00:00Z")));
        deliver(id, 6, events.get(6));
        assertThat(alerts(id)).as("missed: nothing more").isEmpty();
        assertThat(mongo.getCollection(DeadlineAlarmsDocument.COLLECTION).countDocuments())
                .as("a complaint without an alert to come has no document").isZero();
    }

    @Test
    @DisplayName("closing stops every alarm: a closed complaint sends nothing")
    void closureStopsTheAlarms() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-7");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id), closed(id, hours(30))));
        assertThat(alerts(id)).isEmpty();
        assertThat(scanAt(at("2025-06-01T00:00:00Z"))).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("R4.3, R4.4: escalation sets the acknowledgement target and limit; acknowledging it starts stage 2's")
    void escalationAlarms() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-8");
        List<Object> events = new ArrayList<>(stageOneWithExtensionAndBreach(id));
        events.add(escalated(id));
        deliver(id, events);
        assertThat(alerts(id)).containsOnlyKeys("ESCALATION_ACKNOWLEDGEMENT_TARGET", "ESCALATION_ACKNOWLEDGEMENT_LIMIT");
        deliver(id, events.size(), escalationAcknowledged(id));
        assertThat(alerts(id)).containsOnlyKeys("STAGE_TWO_RESOLUTION");
    }

    @Test
    @DisplayName("lifecycle: a complaint resolved at stage 1 and not escalated is closed as lapsed when its escalation "
            + "window ends, by the service, and not before")
    void closesWhenTheEscalationWindowLapses() throws Exception {
        ComplaintId id = ComplaintId.of("alarm-lapse-1");
        ComplaintResolved resolved = resolvedStageOne(id);
        deliver(id, List.of(lodged(id), acknowledged(id), resolved));
        Instant windowEnds = resolved.escalationWindowEnds();

        assertThat(scanAt(windowEnds.minusSeconds(1))).isZero();
        assertThat(sent).isEmpty();
        assertThat(scanAt(windowEnds)).isEqualTo(1);
        assertThat(sent).containsExactly(new CloseComplaint(id, ClosureReason.ESCALATION_WINDOW_LAPSED, null,
                DeadlineAlarmClock.SLA_CLOCK));

        assertThat(scanAt(windowEnds.plusSeconds(15))).as("not yet projected: sent again, the aggregate refuses it")
                .isEqualTo(1);
        deliver(id, 3, new ComplaintClosed(id, ClosureReason.ESCALATION_WINDOW_LAPSED, windowEnds, windowEnds,
                DeadlineAlarmClock.SLA_CLOCK));
        assertThat(scanAt(windowEnds.plusSeconds(30))).as("closed: nothing more").isZero();
        assertThat(mongo.findById(id.value(), DeadlineAlarmsDocument.class)).isNull();
    }

    @Test
    @DisplayName("R4.1: an escalation within the window keeps the complaint open; so does the setting turned off")
    void anEscalationOrTheSettingKeepsTheComplaintOpen() throws Exception {
        ComplaintId escalatedInTime = ComplaintId.of("alarm-lapse-2");
        ComplaintResolved resolved = resolvedStageOne(escalatedInTime);
        deliver(escalatedInTime, List.of(lodged(escalatedInTime), acknowledged(escalatedInTime), resolved,
                escalated(escalatedInTime)));
        ComplaintId notEscalated = ComplaintId.of("alarm-lapse-3");
        deliver(notEscalated, List.of(lodged(notEscalated), acknowledged(notEscalated), resolvedStageOne(notEscalated)));

        closeLapsed = false;
        scanAt(resolved.escalationWindowEnds().plusSeconds(60));
        assertThat(sent).noneMatch(CloseComplaint.class::isInstance);
        closeLapsed = true;
        scanAt(resolved.escalationWindowEnds().plusSeconds(60));
        assertThat(sent).filteredOn(CloseComplaint.class::isInstance).extracting(command -> ((CloseComplaint) command)
                .complaintId()).containsExactly(notEscalated);
    }

    @Test
    @DisplayName("the same events again change nothing; one batch leaves what one event at a time leaves")
    void replaySafe() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (String id : List.of("ab-1", "ab-2", "ab-3")) {
            List<Object> events = new ArrayList<>(stageOneWithExtensionAndBreach(ComplaintId.of(id)).subList(0, 6));
            histories.put(id, events);
        }
        List<Document> once = OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection,
                OneBatch.interleaved(histories), DeadlineAlarmsTest::all);
        assertThat(once).hasSize(3);
    }

    private static List<Document> all() {
        return mongo.getCollection(DeadlineAlarmsDocument.COLLECTION).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }
}
