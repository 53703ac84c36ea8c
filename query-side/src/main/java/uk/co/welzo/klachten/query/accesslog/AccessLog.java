package uk.co.welzo.klachten.query.accesslog;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.audit.FindAccessLog;

/**
 * Who read which complaint, when and from where (R8.1, R8.2), in the append-only collection
 * {@code access_log} beside the read models: entries are only ever inserted, never updated, and
 * deleted only by the access log's retention policy ({@link AccessLogRetention}); no replay or reset
 * touches them (it is not a projection).
 */
@Component
public class AccessLog {

    static final String COLLECTION = "access_log";

    private final MongoTemplate mongo;

    AccessLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void append(AccessLogEntry entry) {
        mongo.insert(new Document("at", Date.from(entry.at()))
                .append("user", entry.user())
                .append("complaintId", entry.complaintId())
                .append("reference", entry.reference())
                .append("endpoint", entry.endpoint())
                .append("path", entry.path())
                .append("clientAddress", entry.clientAddress())
                .append("forwardedFor", entry.forwardedFor())
                .append("userAgent", entry.userAgent()), COLLECTION);
    }

    /** Oldest first; every criterion optional, the period is [from, to). */
    List<AccessLogEntry> find(FindAccessLog query) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new ArrayList<>();
        if (query.complaintId() != null) {
            all.add(Criteria.where("complaintId").is(query.complaintId()));
        }
        if (query.user() != null) {
            all.add(Criteria.where("user").is(query.user()));
        }
        if (query.from() != null) {
            all.add(Criteria.where("at").gte(Date.from(query.from())));
        }
        if (query.to() != null) {
            all.add(Criteria.where("at").lt(Date.from(query.to())));
        }
        if (!all.isEmpty()) {
            criteria.andOperator(all);
        }
        Query select = new Query(criteria).with(Sort.by("at", "_id"));
        return mongo.find(select, Document.class, COLLECTION).stream().map(AccessLog::entry).toList();
    }

    private static AccessLogEntry entry(Document d) {
        return new AccessLogEntry(d.getDate("at").toInstant(), d.getString("user"), d.getString("complaintId"),
                d.getString("reference"), d.getString("endpoint"), d.getString("path"), d.getString("clientAddress"),
                d.getString("forwardedFor"), d.getString("userAgent"));
    }
}
