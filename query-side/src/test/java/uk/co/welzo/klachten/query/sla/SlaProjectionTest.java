package uk.co.welzo.klachten.query.sla;

import uk.co.welzo.klachten.query.ErasureReplay;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.welzo.klachten.query.sla.SlaHistory.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.sla.ClockVerdict;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.SlaClockView;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/** The SLA clocks against a real MongoDB wire server, through Axon's annotation adapter. */
@ExtendWith(MongoTestServer.class)
class SlaProjectionTest {

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new SlaProjection(mongo,
                new SlaBreachUpdates(SimpleQueryUpdateEmitter.builder().build(), mongo, java.time.Clock.systemUTC())));
        projection.prepareReset();
    }

    private void deliver(ComplaintId id, List<Object> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            projection.handle(new GenericDomainEventMessage<>("Complaint", id.value(), sequence, events.get(sequence)));
        }
    }

    private SlaClocksView clocksAt(ComplaintId id, Instant now) {
        return new SlaQueryHandler(mongo, Clock.fixed(now, ZoneOffset.UTC), SlaCalendars.ENGLAND).handle(new FindSlaClocks(id)).orElseThrow();
    }

    private static SlaClockView clock(SlaClocksView view, DeadlineKind kind) {
        return view.clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static List<Object> stageOneWithExtensionAndBreach(ComplaintId id) {
        return List.of(lodged(id), acknowledged(id), asked(id), answered(id), stageOneWarned(id), extended(id),
                stageOneMissed(id), resolvedStageOne(id));
    }

    @Test
    @DisplayName("R2.1, R3.2, R3.4: each obligation gets its clock; meeting it stops the clock with its verdict")
    void clocksStartAndStop() throws Exception {
        ComplaintId id = ComplaintId.of("sla-1");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id)));

        SlaClocksView view = clocksAt(id, hours(26));
        assertThat(view.reference()).isEqualTo("Q1N-19Y-8PN");
        SlaClockView acknowledgement = clock(view, DeadlineKind.ACKNOWLEDGEMENT);
        assertThat(acknowledgement.verdict()).isEqualTo(ClockVerdict.MET);
        assertThat(acknowledgement.metAt()).isEqualTo(hours(24));
        assertThat(acknowledgement.metOriginalDeadline()).isTrue();
        SlaClockView stageOne = clock(view, DeadlineKind.STAGE_ONE_RESOLUTION);
        assertThat(stageOne.verdict()).isEqualTo(ClockVerdict.RUNNING);
        assertThat(stageOne.originalDue()).isEqualTo(at("2025-03-22T00:00:00Z"));
        assertThat(stageOne.warningAt()).isEqualTo(at("2025-03-21T00:00:00Z"));
        assertThat(stageOne.policyVersion()).isEqualTo(POLICY);
        SlaClockView inquiry = clock(view, DeadlineKind.DEPARTMENT_RESPONSE);
        assertThat(inquiry.inquiryId()).isEqualTo("i-1");
        assertThat(inquiry.currentDue()).isEqualTo(at("2025-03-13T00:00:00Z"));

    }

    @Test
    @DisplayName("R5.3: an extension keeps the original deadline; the breach is judged against both")
    void extensionKeepsOriginalAndBreachShows() throws Exception {
        ComplaintId id = ComplaintId.of("sla-2");
        deliver(id, stageOneWithExtensionAndBreach(id));

        SlaClockView stageOne = clock(clocksAt(id, at("2025-04-01T00:00:00Z")), DeadlineKind.STAGE_ONE_RESOLUTION);
        assertThat(stageOne.originalDue()).isEqualTo(at("2025-03-22T00:00:00Z"));
        assertThat(stageOne.currentDue()).isEqualTo(at("2025-03-29T00:00:00Z"));
        assertThat(stageOne.warningAt()).isEqualTo(at("2025-03-28T00:00:00Z"));
        assertThat(stageOne.warnedAt()).isEqualTo(at("2025-03-21T00:00:10Z"));
        assertThat(stageOne.missedAt()).isEqualTo(at("2025-03-29T00:00:20Z"));
        assertThat(stageOne.metAt()).isEqualTo(at("2025-03-31T09:00:00Z"));
        assertThat(stageOne.verdict()).isEqualTo(ClockVerdict.MISSED);
        assertThat(stageOne.metOriginalDeadline()).isFalse();
        assertThat(stageOne.metCurrentDeadline()).isFalse();
    }

    @Test
    @DisplayName("R4.3: escalation starts target and limit clocks; acknowledging meets both and starts stage 2 (R4.4)")
    void escalationClocks() throws Exception {
        ComplaintId id = ComplaintId.of("sla-4");
        List<Object> events = new ArrayList<>(stageOneWithExtensionAndBreach(id));
        events.add(escalated(id));
        events.add(escalationAcknowledged(id));
        deliver(id, events);
        SlaClocksView view = clocksAt(id, at("2025-04-04T00:00:00Z"));
        assertThat(clock(view, DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_TARGET).verdict()).isEqualTo(ClockVerdict.MET);
        assertThat(clock(view, DeadlineKind.ESCALATION_ACKNOWLEDGEMENT_LIMIT).verdict()).isEqualTo(ClockVerdict.MET);
        assertThat(clock(view, DeadlineKind.STAGE_TWO_RESOLUTION).currentDue()).isEqualTo(at("2025-04-17T23:00:00Z"));
        assertThat(clock(view, DeadlineKind.STAGE_TWO_RESOLUTION).verdict()).isEqualTo(ClockVerdict.RUNNING);
    }

    @Test
    @DisplayName("a running clock whose deadline has passed is MISSED at query time, before any breach is recorded")
    void overdueIsJudgedAtQueryTime() throws Exception {
        ComplaintId id = ComplaintId.of("sla-5");
        deliver(id, List.of(lodged(id)));
        assertThat(clock(clocksAt(id, hours(47)), DeadlineKind.ACKNOWLEDGEMENT).verdict()).isEqualTo(ClockVerdict.RUNNING);
        assertThat(clock(clocksAt(id, hours(48)), DeadlineKind.ACKNOWLEDGEMENT).verdict()).isEqualTo(ClockVerdict.MISSED);
        assertThat(clock(clocksAt(id, hours(48)), DeadlineKind.ACKNOWLEDGEMENT).metOriginalDeadline()).isFalse();
    }

    @Test
    @DisplayName("closing stops every running clock; a clock stopped in time is STOPPED, not missed")
    void closureStopsClocks() throws Exception {
        ComplaintId id = ComplaintId.of("sla-6");
        deliver(id, List.of(lodged(id), acknowledged(id), asked(id), closed(id, hours(30))));
        SlaClocksView view = clocksAt(id, at("2025-06-01T00:00:00Z"));
        assertThat(clock(view, DeadlineKind.STAGE_ONE_RESOLUTION).verdict()).isEqualTo(ClockVerdict.STOPPED);
        assertThat(clock(view, DeadlineKind.DEPARTMENT_RESPONSE).verdict()).isEqualTo(ClockVerdict.STOPPED);
    }

    @Test
    @DisplayName("the same events twice leave the same documents; reset and replay give the same collection")
    void idempotentAndReplaySafe() throws Exception {
        ComplaintId id = ComplaintId.of("sla-7");
        List<Object> events = new ArrayList<>(stageOneWithExtensionAndBreach(id));
        events.add(escalated(id));
        deliver(id, events);
        List<Document> once = all();
        deliver(id, events);
        assertThat(all()).isEqualTo(once);
        projection.prepareReset();
        assertThat(all()).isEmpty();
        deliver(id, events);
        assertThat(all()).isEqualTo(once);
    }

    private List<Document> all() {
        return mongo.getCollection("sla_clocks").find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }


    @Test
    void oneBatchLeavesTheSameClocksAsOneEventAtATime() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        for (String id : List.of("sb-1", "sb-2", "sb-3")) {
            histories.put(id, stageOneWithExtensionAndBreach(ComplaintId.of(id)));
        }
        OneBatch.assertOneBatchLeavesWhatOneByOneLeaves(mongo, projection, OneBatch.interleaved(histories),
                SlaProjectionTest::clocks);
    }

    private static List<org.bson.Document> clocks() {
        return mongo.getCollection("sla_clocks").find().sort(new org.bson.Document("_id", 1))
                .into(new java.util.ArrayList<>());
    }

    @Test
    @DisplayName("R8.2: the SLA clocks are unchanged by PersonalDataErased, live or after a replay with erased texts")
    void erasureChangesNoClock() throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        histories.put("se-1", stageOneWithExtensionAndBreach(ComplaintId.of("se-1")));
        histories.put("se-2", stageOneWithExtensionAndBreach(ComplaintId.of("se-2")));
        ErasureReplay.Outcome outcome = ErasureReplay.assertLiveErasureIsAReplay(projection, histories, "se-1",
                SlaProjectionTest::clocks);
        assertThat(outcome.live()).isEqualTo(outcome.withoutErasure());
    }
}
