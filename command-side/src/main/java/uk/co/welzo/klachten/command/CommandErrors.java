package uk.co.welzo.klachten.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.command.improvement.ImprovementTargets;

/**
 * Turns a broken rule into a {@link CommandExecutionException} whose details are an
 * {@link ErrorDetail}: the form that survives the trip through Axon Server, so the edge maps
 * the same code to the same status in both configurations (AxonIQ distributed-exceptions).
 */
@Configuration
class CommandErrors implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleBroken broken) {
            throw new CommandExecutionException(broken.getMessage(), null, broken.detail());
        } catch (AggregateNotFoundException notFound) {
            String stream = String.valueOf(notFound.getAggregateIdentifier());
            if (stream.startsWith(ImprovementTargets.PREFIX)) {
                String message = ErrorCode.IMPROVEMENT_ACTION_NOT_FOUND.sentence(
                        stream.substring(ImprovementTargets.PREFIX.length()));
                throw new CommandExecutionException(message, null,
                        new ErrorDetail(ErrorCode.IMPROVEMENT_ACTION_NOT_FOUND, message));
            }
            String message = "no complaint " + stream;
            throw new CommandExecutionException(message, null, new ErrorDetail(ErrorCode.COMPLAINT_NOT_FOUND, message));
        }
    }
}
