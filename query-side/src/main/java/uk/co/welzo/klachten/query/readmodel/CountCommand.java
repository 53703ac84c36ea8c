package uk.co.welzo.klachten.query.readmodel;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code count} command, not the driver's {@code countDocuments} (an aggregation, which the in-process server
 * answers by reading every document): both count exactly, and {@code count} with a range of one field under a unique
 * index (the queue's overdue view, a kind's current breaches) is answered from that index, on MongoDB and in-process
 * alike.
 */
public final class CountCommand {

    private CountCommand() {
    }

    /** How many documents of the collection match the query, which must already be in stored form. */
    public static long count(MongoTemplate mongo, String collection, Document query) {
        Document counted = mongo.executeCommand(new Document("count", collection).append("query", query));
        return ((Number) counted.get("n")).longValue();
    }
}
