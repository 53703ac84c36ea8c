package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.complaint.ClosureReason;
import uk.co.welzo.klachten.api.complaint.event.ComplaintClosed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineMissed;
import uk.co.welzo.klachten.api.complaint.event.DeadlineWarningIssued;
import uk.co.welzo.klachten.query.automation.deadlinealarms.DeadlineAlarmClock;

/**
 * R2.1 on the running embedded service with a clock the test moves: 36 hours after receipt a
 * warning is recorded, at 48 hours a breach, each exactly once, with a restart in between; a
 * complaint acknowledged one second before its deadline gets no breach.
 */
class SlaAlarmsAcrossRestartTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final String LODGE = """
            {"complaintId":"%s","channel":"EMAIL","category":"SERVICE",
             "complainant":{"name":"Eve Example"},"description":"No reply to my e-mails"}""";

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R2.1 warning at 36 h and breach at 48 h, each recorded once, surviving a restart")
    void warningAndBreachOnceAcrossRestart() {
        MovableClock clock = new MovableClock(T0);
        MovableClock.Installed.clock = clock;
        // the background scan is slowed right down: this test scans by hand, at the moments it chooses
        String[] slowScan = {"--klachten.sla.scan-interval=PT1H", "--klachten.sla.scan-initial-delay=PT1H"};

        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, slowScan)) {
            service.command("POST", "/api/complaints", "intake", LODGE.formatted("late-1"));
            service.command("POST", "/api/complaints", "intake", LODGE.formatted("just-in-time-1"));
            awaitClocks(service, "late-1", view -> true);
            awaitClocks(service, "just-in-time-1", view -> true);

            clock.set(T0.plus(Duration.ofHours(35)));
            scan(service);
            assertThat(count(service, "late-1", DeadlineWarningIssued.class)).as("not yet: 13 hours left").isZero();

            clock.set(T0.plus(Duration.ofHours(37)));
            scan(service);
            scan(service);
            assertThat(count(service, "late-1", DeadlineWarningIssued.class)).isEqualTo(1);
            assertThat(count(service, "just-in-time-1", DeadlineWarningIssued.class)).isEqualTo(1);
            awaitClocks(service, "late-1", view -> !view.path("clocks").get(0).path("warnedAt").isNull());

            clock.set(T0.plus(Duration.ofHours(48)).minusSeconds(1));
            service.command("POST", "/api/complaints/just-in-time-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        }

        clock.set(T0.plus(Duration.ofHours(49)));
        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, slowScan)) {
            awaitClocks(service, "just-in-time-1", view -> "MET".equals(view.path("clocks").get(0).path("verdict").asText()));
            scan(service);
            scan(service);
            JsonNode late = awaitClocks(service, "late-1",
                    view -> !view.path("clocks").get(0).path("missedAt").isNull());
            scan(service);

            assertThat(count(service, "late-1", DeadlineMissed.class)).as("exactly one breach").isEqualTo(1);
            assertThat(count(service, "late-1", DeadlineWarningIssued.class)).as("still one warning").isEqualTo(1);
            assertThat(count(service, "just-in-time-1", DeadlineMissed.class)).as("met one second early: no breach").isZero();
            JsonNode acknowledgement = late.path("clocks").get(0);
            assertThat(acknowledgement.path("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
            assertThat(acknowledgement.path("verdict").asText()).isEqualTo("MISSED");
            assertThat(Instant.parse(acknowledgement.path("currentDue").asText())).isEqualTo(T0.plus(Duration.ofHours(48)));
        }
    }

    @Test
    @DisplayName("lifecycle: resolved at stage 1 and not escalated, the complaint is closed as lapsed when the 8-week "
            + "window ends, once, after a restart")
    void closedAsLapsedOnceAcrossRestart() {
        MovableClock clock = new MovableClock(T0);
        MovableClock.Installed.clock = clock;
        String[] slowScan = {"--klachten.sla.scan-interval=PT1H", "--klachten.sla.scan-initial-delay=PT1H"};
        // eight weeks of London dates from the resolution: across the change to summer time, an hour sooner in UTC
        Instant windowEnds = T0.atZone(ZoneId.of("Europe/London")).plusWeeks(8).toInstant();

        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, slowScan)) {
            service.command("POST", "/api/complaints", "intake", LODGE.formatted("lapse-1"));
            service.command("POST", "/api/complaints/lapse-1/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
            service.resolve("/api/complaints/lapse-1", "agent",
                    "{\"outcome\":\"UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"Courier\",\"customerSignposted\":false}");
            clock.set(windowEnds.minusSeconds(1));
            scan(service);
            assertThat(count(service, "lapse-1", ComplaintClosed.class)).as("the window is still open").isZero();
        }

        clock.set(windowEnds.plusSeconds(1));
        try (RunningService service = RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, slowScan)) {
            scan(service);
            service.awaitView("/api/complaints/lapse-1", "agent", view -> "CLOSED".equals(view.path("status").asText()));
            scan(service);
            scan(service);
            assertThat(service.bean(EventStore.class).readEvents("lapse-1").asStream()
                    .map(event -> event.getPayload()).filter(ComplaintClosed.class::isInstance)
                    .map(ComplaintClosed.class::cast).toList())
                    .singleElement().satisfies(closed -> {
                        assertThat(closed.reason()).isEqualTo(ClosureReason.ESCALATION_WINDOW_LAPSED);
                        assertThat(closed.actor()).isEqualTo(new Actor("sla-clock"));
                    });
        }
    }

    private static long count(RunningService service, String complaintId, Class<?> eventType) {
        return service.bean(EventStore.class).readEvents(complaintId).asStream()
                .filter(event -> eventType.isInstance(event.getPayload())).count();
    }

    private static JsonNode awaitClocks(RunningService service, String complaintId, Predicate<JsonNode> condition) {
        return service.awaitView("/api/complaints/" + complaintId + "/sla", "agent", condition);
    }

    /** Scans once the alarms have caught up with every event stored, as a scan some seconds later would find them. */
    private static void scan(RunningService service) {
        service.awaitCaughtUp("deadline-alarms");
        service.bean(DeadlineAlarmClock.class).scan();
    }
}
