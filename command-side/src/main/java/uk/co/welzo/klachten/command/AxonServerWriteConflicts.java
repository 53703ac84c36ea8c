package uk.co.welzo.klachten.command;

import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.event.util.GrpcExceptionParser;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon Server refuses a lost race when the append transaction commits, and the connector passes its gRPC
 * status on as it came: code AXONIQ-2000 (invalid event sequence) in the trailers, no ConcurrencyException.
 * Axon's own parser reads that code. The embedded configuration ships without the connector, so without this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.axonframework.axonserver.connector.event.util.GrpcExceptionParser")
class AxonServerWriteConflicts {

    @Bean
    WriteConflicts invalidEventSequence() {
        return failure -> WriteConflicts.causes(failure)
                .anyMatch(cause -> cause instanceof StatusRuntimeException
                        && GrpcExceptionParser.parse(cause) instanceof ConcurrencyException);
    }
}
