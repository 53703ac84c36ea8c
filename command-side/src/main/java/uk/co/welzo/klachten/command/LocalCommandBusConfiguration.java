package uk.co.welzo.klachten.command;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bus that runs the command handlers, in both configurations: built as Axon's auto-configuration
 * builds its own (which then steps aside), but reporting lost races as {@link ConflictReportingCommandBus}
 * does. With Axon Server it is the local segment behind the Axon Server command bus.
 */
@Configuration(proxyBeanMethods = false)
class LocalCommandBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactionManager, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicates, List<WriteConflicts> conflicts) {
        SimpleCommandBus bus = new ConflictReportingCommandBus(SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")), conflicts);
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }

    /**
     * Axon's JDBC, JPA and in-memory engines report a duplicate aggregate sequence number as a ConcurrencyException;
     * a new stream whose first event another writer stored first (a reference reserved twice, R2.2) as an
     * AggregateStreamCreationException.
     */
    @Bean
    WriteConflicts concurrencyException() {
        return failure -> WriteConflicts.causes(failure).anyMatch(cause -> cause instanceof ConcurrencyException
                || cause instanceof AggregateStreamCreationException);
    }
}
