package uk.co.welzo.klachten.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.complaint.event.LegalHoldReleased;
import uk.co.welzo.klachten.api.complaint.event.PersonalDataErased;
import uk.co.welzo.klachten.api.complaint.event.RetentionScheduled;
import uk.co.welzo.klachten.api.dataprotection.ErasureGround;
import uk.co.welzo.klachten.api.dataprotection.Requester;
import uk.co.welzo.klachten.query.automation.retention.RetentionClock;

/**
 * R8.2 on the running embedded service with a clock the test moves: two complaints closed; a restart six years on;
 * the retention clock erases the one and not the other, under a legal hold, until the hold is released and the time
 * it was held has passed again.
 */
class RetentionAcrossRestartTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** Six years after the closure at {@link #T0}, London time (GMT both). */
    static final Instant ERASE_AFTER = T0.atZone(ZoneId.of("Europe/London")).plusYears(6).toInstant();
    static final String LODGE = """
            {"complaintId":"%s","channel":"EMAIL","category":"SERVICE",
             "complainant":{"name":"Rita Retention"},"description":"No reply to my e-mails"}""";
    static final String[] SLOW_SCANS = {"--klachten.sla.scan-interval=PT1H", "--klachten.sla.scan-initial-delay=PT1H",
            "--klachten.retention.scan-interval=PT1H", "--klachten.retention.scan-initial-delay=PT1H"};

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("R8.2 after a restart past eraseAfter the retention clock erases a closed complaint, once; a held one "
            + "only after the release, its eraseAfter moved on by the time it was held")
    void retentionClockErasesAcrossARestartButNotUnderAHold() {
        MovableClock clock = new MovableClock(T0);
        MovableClock.Installed.clock = clock;
        Instant heldAt = T0.plus(Duration.ofDays(1));

        try (RunningService service = start()) {
            closed(service, "kept-6-years");
            closed(service, "held-1");
            clock.set(heldAt);
            service.command("POST", "/api/complaints/held-1/legal-hold", "dpo", "{\"reason\":\"Claim issued\"}");
            assertThat(events(service, "kept-6-years", RetentionScheduled.class)).singleElement()
                    .satisfies(scheduled -> assertThat(scheduled.eraseAfter()).isEqualTo(ERASE_AFTER));
            clock.set(ERASE_AFTER.minusSeconds(1));
            scan(service);
            assertThat(events(service, "kept-6-years", PersonalDataErased.class)).as("not yet due").isEmpty();
        }

        Instant releasedAt = ERASE_AFTER.plus(Duration.ofDays(1));
        clock.set(releasedAt);
        try (RunningService service = start()) {
            scan(service);
            scan(service);
            assertThat(events(service, "kept-6-years", PersonalDataErased.class)).singleElement().satisfies(erased -> {
                assertThat(erased.ground()).isEqualTo(ErasureGround.RETENTION_PERIOD_ENDED);
                assertThat(erased.requester()).isEqualTo(Requester.RETENTION_POLICY);
                assertThat(erased.actor()).isEqualTo(new Actor("retention-clock"));
            });
            assertThat(events(service, "held-1", PersonalDataErased.class)).as("under a legal hold").isEmpty();

            service.command("POST", "/api/complaints/held-1/legal-hold/release", "dpo", "{\"reason\":\"Claim settled\"}");
            Instant moved = ERASE_AFTER.plus(Duration.between(heldAt, releasedAt));
            assertThat(events(service, "held-1", LegalHoldReleased.class)).singleElement()
                    .satisfies(released -> assertThat(released.eraseAfter()).isEqualTo(moved));
            scan(service);
            clock.set(moved.minusSeconds(1));
            scan(service);
            assertThat(events(service, "held-1", PersonalDataErased.class)).as("the held time runs again first").isEmpty();
            clock.set(moved);
            scan(service);
            scan(service);
            assertThat(events(service, "held-1", PersonalDataErased.class)).hasSize(1);
            assertThat(events(service, "kept-6-years", PersonalDataErased.class)).as("erased once").hasSize(1);
        }
    }

    private RunningService start() {
        return RunningService.start(dataDir, new Class<?>[] {MovableClock.Installed.class}, SLOW_SCANS);
    }

    /** Lodged, acknowledged, resolved at stage 1 and closed as accepted, all now. */
    private static void closed(RunningService service, String id) {
        service.command("POST", "/api/complaints", "intake", LODGE.formatted(id));
        service.command("POST", "/api/complaints/" + id + "/acknowledgement", "agent", "{\"channel\":\"EMAIL\"}");
        service.resolve("/api/complaints/" + id, "agent",
                "{\"outcome\":\"UPHELD\",\"remedy\":\"Refund\",\"rootCause\":\"Courier\",\"customerSignposted\":false}");
        service.command("POST", "/api/complaints/" + id + "/closure", "agent", "{\"reason\":\"ACCEPTED_BY_CUSTOMER\"}");
    }

    private static <T> List<T> events(RunningService service, String complaintId, Class<T> type) {
        return service.bean(EventStore.class).readEvents(complaintId).asStream().map(event -> event.getPayload())
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Scans once the retention documents have caught up with every event stored. */
    private static void scan(RunningService service) {
        service.awaitCaughtUp("retention");
        service.bean(RetentionClock.class).scan();
    }
}
