package uk.co.welzo.klachten.query.queue;

import org.springframework.data.mongodb.repository.MongoRepository;

interface QueueRepository extends MongoRepository<QueueDocument, String> {
}
