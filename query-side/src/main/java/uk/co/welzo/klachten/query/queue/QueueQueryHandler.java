package uk.co.welzo.klachten.query.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Answers work-queue queries. "Overdue" and "due before" are judged on the stored earliest due against the
 * clock at query time, so a complaint becomes overdue without any event.
 */
@Component
class QueueQueryHandler {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final Sort SOONEST_DUE_FIRST = Sort.by(
            Sort.Order.desc("deadlineRunning"), Sort.Order.asc("nextDue"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final Clock clock;

    QueueQueryHandler(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    WorkQueuePage handle(FindWorkQueue find) {
        Instant now = clock.instant();
        int page = Math.max(find.page(), 0);
        int size = find.size() <= 0 ? DEFAULT_SIZE : Math.min(find.size(), MAX_SIZE);
        Query matching = new Query(filters(find, now));
        long total = mongo.count(matching, QueueDocument.class);
        List<QueueDocument> found = mongo.find(Query.of(matching).with(SOONEST_DUE_FIRST)
                .skip((long) page * size).limit(size), QueueDocument.class);
        return new WorkQueuePage(found.stream().map(q -> q.toSummary(now)).toList(), page, size, total);
    }

    private static Criteria filters(FindWorkQueue find, Instant now) {
        List<Criteria> all = new ArrayList<>();
        if (find.stage() != null) {
            all.add(where("stage").is(find.stage()));
        }
        if (find.status() != null) {
            all.add(where("status").is(find.status()));
        }
        if (find.handler() != null) {
            all.add(where("handler").is(find.handler()));
        }
        if (find.category() != null) {
            all.add(where("category").is(find.category()));
        }
        if (find.channel() != null) {
            all.add(where("channel").is(find.channel()));
        }
        if (Boolean.TRUE.equals(find.overdue())) {
            all.add(where("nextDue").lt(now));
        } else if (Boolean.FALSE.equals(find.overdue())) {
            all.add(new Criteria().orOperator(where("deadlineRunning").is(false), where("nextDue").gte(now)));
        }
        if (find.dueBefore() != null) {
            all.add(where("nextDue").lt(find.dueBefore()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
