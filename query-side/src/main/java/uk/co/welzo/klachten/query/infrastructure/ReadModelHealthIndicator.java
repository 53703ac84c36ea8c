package uk.co.welzo.klachten.query.infrastructure;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Mongo health check, which sends {@code hello}: the in-process MongoDB-wire
 * server of the embedded configuration lacks that command and would report DOWN for ever.
 * {@code ping} answers on it and on a real MongoDB alike.
 */
@Component("mongoHealthIndicator")
class ReadModelHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ReadModelHealthIndicator(MongoTemplate mongo) {
        super("Read-model database did not answer a ping");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        mongo.executeCommand(new Document("ping", 1));
        health.up().withDetail("database", mongo.getDb().getName());
    }
}
