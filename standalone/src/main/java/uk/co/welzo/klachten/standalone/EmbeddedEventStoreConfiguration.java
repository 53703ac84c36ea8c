package uk.co.welzo.klachten.standalone;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes a lost race on the embedded event store a ConcurrencyException, as the command side expects.
 * Axon's JDBC engine asks this resolver whether a failed append broke the unique (aggregate, sequence)
 * key. Axon's default resolver recognises only a SQLIntegrityConstraintViolationException, but H2 appends
 * in a batch and reports the violation as a BatchUpdateException with SQL state 23505, so a lost race
 * became an EventStoreException and a 500.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedEventStoreConfiguration {

    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return EmbeddedEventStoreConfiguration::brokeUniqueKey;
    }

    static boolean brokeUniqueKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
