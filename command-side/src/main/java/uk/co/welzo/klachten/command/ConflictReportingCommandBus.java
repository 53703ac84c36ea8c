package uk.co.welzo.klachten.command;

import java.util.List;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.platform.problem.Problems;

/**
 * Axon's local command bus, except that a write which loses a race is refused like any other command:
 * a {@link CommandExecutionException} whose details are {@link ErrorCode#CONCURRENT_MODIFICATION}.
 * The race shows only when the unit of work commits, after every handler interceptor has returned, so
 * {@link CommandErrors} cannot see it. Without details, Axon Server's connector sends the failure back
 * to the dispatcher as a bare AXONIQ-4002, which the edge can only answer with a 500.
 */
class ConflictReportingCommandBus extends SimpleCommandBus {

    static final String CONFLICT = Problems.CONCURRENT_MODIFICATION;

    private final List<WriteConflicts> conflicts;

    ConflictReportingCommandBus(Builder builder, List<WriteConflicts> conflicts) {
        super(builder);
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        CommandCallback<C, R> reporting = (message, result) -> callback.onResult(message, reported(result));
        super.handle(command, handler, reporting);
    }

    private <R> CommandResultMessage<? extends R> reported(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional() || result.exceptionDetails().isPresent()) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        if (conflicts.stream().noneMatch(conflict -> conflict.lostTheRace(failure))) {
            return result;
        }
        return new GenericCommandResultMessage<>(new CommandExecutionException(CONFLICT, failure,
                new ErrorDetail(ErrorCode.CONCURRENT_MODIFICATION, CONFLICT)), result.getMetaData());
    }
}
