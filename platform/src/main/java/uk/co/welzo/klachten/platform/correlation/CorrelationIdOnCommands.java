package uk.co.welzo.klachten.platform.correlation;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

/**
 * Adds the correlation id of the request being served (from the MDC of the sending thread) to each
 * command sent. A command sent outside a request (the SLA alarm clock's) gets none; one that already
 * carries an id keeps it.
 */
final class CorrelationIdOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        String id = MDC.get(CorrelationId.MDC_KEY);
        return (index, command) -> id == null || command.getMetaData().containsKey(CorrelationId.METADATA_KEY)
                ? command : command.andMetaData(Map.of(CorrelationId.METADATA_KEY, id));
    }
}
