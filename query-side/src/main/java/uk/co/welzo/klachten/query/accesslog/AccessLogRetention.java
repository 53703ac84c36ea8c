package uk.co.welzo.klachten.query.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * The access log's own retention policy (R8.2): who read which complaint is kept for {@code klachten.access-log.retention}
 * (default two years, on the London calendar), so the log of reads does not become the place personal data lives for
 * ever. The one way entries leave the log. Idempotent: several instances may purge at once.
 */
@Component
public class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Period retention;
    private final ZoneId zone;

    AccessLogRetention(MongoTemplate mongo, Clock clock, WorkingDayCalendar calendar,
                       @Value("${klachten.access-log.retention:P2Y}") Period retention) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = calendar.zone();
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("klachten.access-log.retention must be positive, was " + retention);
        }
        this.retention = retention;
    }

    /** Deletes the entries older than the retention period before now; answers how many. */
    public long purge() {
        Instant cutoff = clock.instant().atZone(zone).minus(retention).toInstant();
        long deleted = mongo.remove(Query.query(Criteria.where("at").lt(Date.from(cutoff))), AccessLog.COLLECTION)
                .getDeletedCount();
        log.info("Access log retention ({}): {} entr{} read before {} deleted", retention, deleted,
                deleted == 1 ? "y" : "ies", cutoff);
        return deleted;
    }
}
