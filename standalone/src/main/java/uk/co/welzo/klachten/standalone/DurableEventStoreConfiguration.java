package uk.co.welzo.klachten.standalone;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiFunction;
import javax.sql.DataSource;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A command is answered only once its events are on disk: they survive a killed process and a power cut, as a
 * committed write to a real database does.
 * <p>
 * H2 2.3 commits a transaction in memory. Its background writer stores the change to the file up to
 * {@code WRITE_DELAY} (500 ms) later and never calls fsync, so a killed service lost 2 to 5 of 80 lodges it had
 * answered with 201. H2's documented way out is {@code WRITE_DELAY=0} together with {@code CHECKPOINT SYNC}:
 * <ul>
 * <li>{@code WRITE_DELAY=0} turns the background writer off. Each transaction then writes its own chunk to the file
 * when it commits.</li>
 * <li>{@code CHECKPOINT SYNC} is the fsync.</li>
 * </ul>
 * That is durable, but the background writer also compacts the file. Without it, the file grew by 22 KB per lodge
 * (LodgeThroughput), against 6 KB with no sync at all. So the writer stays on, and after every transaction that
 * appended events, {@link GroupSync#forcing} syncs the event store's {@link MVStore}: what {@code CHECKPOINT SYNC}
 * does, plus a wait for the background writer, which {@code CHECKPOINT SYNC} leaves out. The file then grew by 16 KB
 * per lodge. Concurrent commands share one commit and one fsync.
 * <p>
 * The sync runs in the {@code afterCommit} of every Spring transaction that appended events. That covers every
 * command, because Axon's command bus starts a transaction for its unit of work and appends the events in it. Spring
 * calls {@code afterCommit} inside the commit, so an exception thrown there reaches the command bus. A failed fsync
 * therefore fails the command with a 500, and the command is never answered as stored. Events appended outside any
 * transaction become durable with the next sync; only tests and the benchmark's loader append them that way.
 */
@Configuration(proxyBeanMethods = false)
class DurableEventStoreConfiguration {

    @Bean(destroyMethod = "close")
    EventStoreSync eventStoreSync(DataSource eventStore) throws SQLException {
        return new EventStoreSync(eventStore.getConnection());
    }

    @Bean
    SmartInitializingSingleton syncAfterCommittingEvents(EventStore events, EventStoreSync sync) {
        MessageDispatchInterceptor<EventMessage<?>> interceptor = new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
                    List<? extends EventMessage<?>> messages) {
                sync.syncAfterCommit();
                return (index, message) -> message;
            }
        };
        return () -> events.registerDispatchInterceptor(interceptor);
    }

    /**
     * Syncs the store under the embedded H2 database, which a connection of the pool reaches through H2's session.
     * The connection is kept open so that the database stays open as long as this bean.
     */
    static final class EventStoreSync implements AutoCloseable {

        private final Connection connection;
        private final MVStore store;
        private final GroupSync group;

        EventStoreSync(Connection connection) throws SQLException {
            this.connection = connection;
            this.store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            this.group = GroupSync.forcing(() -> store);
        }

        void awaitDurable() {
            group.awaitDurable();
        }

        /**
         * Makes the current transaction durable when it commits, before the commit returns; outside a transaction, it
         * is up to the caller to {@link #awaitDurable}. Spring keeps a transaction's synchronizations in a set, and
         * these are equal for one store, so the events and the key a command writes share one sync, however many
         * register it.
         */
        boolean syncAfterCommit() {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new AwaitDurable(this));
                return true;
            }
            return false;
        }

        private record AwaitDurable(EventStoreSync store) implements TransactionSynchronization {
            @Override
            public void afterCommit() {
                store.awaitDurable();
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
