package uk.co.welzo.klachten.command.complaint;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The command side against Axon's in-memory event store: the real aggregate, bus and web stack, no Axon Server. */
@TestConfiguration
class CommandApiTestConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
