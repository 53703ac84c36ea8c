package uk.co.welzo.klachten.query.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;
import uk.co.welzo.klachten.query.MongoTestServer;

/** R8.2: the access log keeps who read what for its own retention period (default two years), then forgets it. */
@ExtendWith(MongoTestServer.class)
class AccessLogRetentionTest {

    static final Instant NOW = Instant.parse("2029-01-05T10:00:00Z");
    static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(ZoneId.of("Europe/London"), WorkingDayCalendar.ENGLAND_AND_WALES);

    static MongoTemplate mongo;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    private static void read(Instant at, String complaintId) {
        new AccessLog(mongo).append(new AccessLogEntry(at, "agent", complaintId, null,
                "GET /api/complaints/{complaintId}", "/api/complaints/" + complaintId, "127.0.0.1", null, "curl/8"));
    }

    @Test
    @DisplayName("R8.2 the purge deletes the reads older than two years before now, keeps the rest, and again deletes nothing")
    void purgesEntriesOlderThanTheRetentionPeriod() {
        mongo.dropCollection(AccessLog.COLLECTION);
        read(Instant.parse("2027-01-05T09:59:59Z"), "old-1");
        read(Instant.parse("2026-06-01T00:00:00Z"), "old-2");
        read(Instant.parse("2027-01-05T10:00:00Z"), "kept-1");
        read(Instant.parse("2028-12-31T23:00:00Z"), "kept-2");
        AccessLogRetention retention = new AccessLogRetention(mongo, Clock.fixed(NOW, ZoneOffset.UTC), CALENDAR,
                Period.ofYears(2));

        assertThat(retention.purge()).isEqualTo(2);
        assertThat(new AccessLog(mongo).find(new FindAccessLog(null, null, null, null)))
                .extracting(AccessLogEntry::complaintId).containsExactly("kept-1", "kept-2");
        assertThat(retention.purge()).isZero();
    }

    @Test
    @DisplayName("R8.2 a retention period that keeps nothing is refused at start-up")
    void refusesANonPositivePeriod() {
        assertThatThrownBy(() -> new AccessLogRetention(mongo, Clock.systemUTC(), CALENDAR, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
