package uk.co.welzo.klachten.query.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.query.readmodel.CountCommand;

/** Answers work-queue queries, filtered by {@link QueueFilter} at the clock's present instant. */
@Component
class QueueQueryHandler {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** Running deadlines first, soonest due first, then by id: one field, one index ({@link QueueOrder}). */
    private static final Sort SOONEST_DUE_FIRST = Sort.by(Sort.Order.asc("queueOrder"));

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
        Criteria criteria = new QueueFilter(find, now).criteria();
        Query matching = new Query(criteria);
        // every document in the collection is an open complaint: without a filter, the collection's own count
        // answers, where counting matches reads every document (all of them, on the embedded server); MongoDB's may
        // be off after an unclean shutdown until it validates the collection, a page total, not a figure of record
        long total = criteria.getCriteriaObject().isEmpty()
                ? mongo.estimatedCount(QueueDocument.class)
                : count(criteria);
        List<QueueDocument> found = mongo.find(Query.of(matching).with(SOONEST_DUE_FIRST)
                .skip((long) page * size).limit(size), QueueDocument.class);
        return new WorkQueuePage(found.stream().map(q -> q.toSummary(now)).toList(), page, size, total);
    }

    /** Counted by the {@code count} command ({@link CountCommand}), which reads the overdue range from its index. */
    private long count(Criteria criteria) {
        // mapped as MongoTemplate maps a query: enums as their names, instants as dates
        Document query = new QueryMapper(mongo.getConverter()).getMappedObject(criteria.getCriteriaObject(),
                mongo.getConverter().getMappingContext().getPersistentEntity(QueueDocument.class));
        return CountCommand.count(mongo, mongo.getCollectionName(QueueDocument.class), query);
    }
}
