package uk.co.welzo.klachten.query.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;
import uk.co.welzo.klachten.api.audit.RecordCaseRead;
import uk.co.welzo.klachten.query.MongoTestServer;

/** R8.2: reads are logged, append only, and auditors find them by complaint, user and period. */
@ExtendWith(MongoTestServer.class)
class AccessLogTest {

    static AccessLog log;
    static final Instant T = Instant.parse("2027-01-05T10:00:00Z");

    @BeforeAll
    static void threeReads(MongoTemplate mongo) {
        mongo.dropCollection(AccessLog.COLLECTION);
        log = new AccessLog(mongo);
        log.append(new AccessLogEntry(T, "agent", "c-1", null, "GET /api/complaints/{complaintId}", "/api/complaints/c-1",
                "127.0.0.1", null, "curl/8"));
        log.append(new AccessLogEntry(T.plusSeconds(60), "auditor", "c-1", null,
                "GET /api/audit/complaints/{complaintId}/history", "/api/audit/complaints/c-1/history", "127.0.0.1",
                "203.0.113.9", "Mozilla/5.0"));
        log.append(new AccessLogEntry(T.plusSeconds(120), "agent", "c-2", null, "GET /api/complaints/{complaintId}",
                "/api/complaints/c-2", "127.0.0.1", null, "curl/8"));
    }

    @Test
    void findsReadsByComplaintByUserAndByPeriodOldestFirst() {
        assertThat(log.find(new FindAccessLog("c-1", null, null, null))).extracting(AccessLogEntry::user)
                .containsExactly("agent", "auditor");
        assertThat(log.find(new FindAccessLog(null, "agent", null, null))).extracting(AccessLogEntry::complaintId)
                .containsExactly("c-1", "c-2");
        assertThat(log.find(new FindAccessLog(null, null, T.plusSeconds(60), T.plusSeconds(120))))
                .containsExactly(new AccessLogEntry(T.plusSeconds(60), "auditor", "c-1", null,
                        "GET /api/audit/complaints/{complaintId}/history", "/api/audit/complaints/c-1/history",
                        "127.0.0.1", "203.0.113.9", "Mozilla/5.0"));
    }

    @Test
    void aPageReadSentOverTheBusIsWrittenBeforeItIsAnswered() {
        AccessLogEntry page = new AccessLogEntry(T.plusSeconds(600), "auditor", "c-9", "7KQ-M2X-D5R",
                "GET /audit/cases/{complaintId}", "/audit/cases/c-9", "127.0.0.1", null, "Mozilla/5.0");
        assertThat(new AccessLogQueryHandler(log).handle(new RecordCaseRead(page))).isTrue();
        assertThat(log.find(new FindAccessLog("c-9", null, null, null))).containsExactly(page);
    }

    @Test
    void onlyComplaintScopedEndpointsAreLogged() {
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/complaints/{complaintId}")).isTrue();
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/complaints/by-reference/{reference}")).isTrue();
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/complaint-references/{reference}")).isTrue();
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/audit/complaints/{complaintId}/as-at")).isTrue();
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/audit/access-log")).isFalse();
        assertThat(AccessLogRecorder.concernsOneComplaint("/api/queue")).isFalse();
    }
}
