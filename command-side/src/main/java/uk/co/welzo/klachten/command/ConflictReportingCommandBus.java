package uk.co.welzo.klachten.command;

import java.util.List;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.platform.problem.Problems;

/**
 * Axon's local command bus, except that a write which loses a race is refused like any other command:
 * a {@link CommandExecutionException} whose details are {@link ErrorCode#CONCURRENT_MODIFICATION}.
 * The race shows only when the unit of work commits, after every handler interceptor has returned, so
 * {@link CommandErrors} cannot see it. Without details, Axon Server's connector sends the failure back
 * to the dispatcher as a bare AXONIQ-4002, which the edge can only answer with a 500.
 *
 * <p>A lodging that loses a race is handled again first, up to {@value #LODGE_ATTEMPTS} times (R2.2): the race is on
 * the complaint id (the next attempt finds the complaint and answers the same reference, or refuses another lodging
 * under its id) or on the reference drawn, reserved by another complaint in the same instant or before (the next
 * attempt draws again). A reference is never shared, and the customer is never refused for the service's bad luck.
 */
class ConflictReportingCommandBus extends SimpleCommandBus {

    static final String CONFLICT = Problems.CONCURRENT_MODIFICATION;
    static final int LODGE_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ConflictReportingCommandBus.class);

    private final List<WriteConflicts> conflicts;

    ConflictReportingCommandBus(Builder builder, List<WriteConflicts> conflicts) {
        super(builder);
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        handle(command, handler, callback, 1);
    }

    /** Each attempt is a unit of work of its own: the callback runs after the previous one has rolled back. */
    private <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                               CommandCallback<? super C, ? super R> callback, int attempt) {
        CommandCallback<C, R> reporting = (message, result) -> {
            if (attempt < LODGE_ATTEMPTS && command.getPayload() instanceof LodgeComplaint lodge && lostTheRace(result)) {
                log.info("Lodging complaint {} lost a race (attempt {}), lodging it again: {}", lodge.complaintId(),
                        attempt, result.exceptionResult().getMessage());
                handle(command, handler, callback, attempt + 1);
                return;
            }
            callback.onResult(message, reported(result));
        };
        super.handle(command, handler, reporting);
    }

    private boolean lostTheRace(CommandResultMessage<?> result) {
        return result.isExceptional() && result.exceptionDetails().isEmpty()
                && conflicts.stream().anyMatch(conflict -> conflict.lostTheRace(result.exceptionResult()));
    }

    private <R> CommandResultMessage<? extends R> reported(CommandResultMessage<? extends R> result) {
        if (!lostTheRace(result)) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        return new GenericCommandResultMessage<>(new CommandExecutionException(CONFLICT, failure,
                new ErrorDetail(ErrorCode.CONCURRENT_MODIFICATION, CONFLICT)), result.getMetaData());
    }
}
