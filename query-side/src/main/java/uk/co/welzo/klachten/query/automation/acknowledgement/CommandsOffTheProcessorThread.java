package uk.co.welzo.klachten.query.automation.acknowledgement;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends a command from a thread of its own and waits for the answer. On an event processor's thread a local command
 * bus (the standalone's) would run the command in a unit of work nested in the processor's batch, and the complaint's
 * events would be stored only when the batch commits, outside the command's own transaction and after its answer.
 * Through Axon Server the extra thread costs one hop and changes nothing. The command message is made on the calling
 * thread, so it carries the correlation data of the event being handled (the lodging request's id among them), and
 * the worker logs with the caller's MDC.
 */
@Component
@ConditionalOnProperty(name = AutomaticAcknowledgement.POLICY, havingValue = "true", matchIfMissing = true)
class CommandsOffTheProcessorThread implements DisposableBean {

    private final CommandGateway commands;
    private final Duration timeout;
    private final ExecutorService threads = Executors.newCachedThreadPool(
            new AxonThreadFactory(AutomaticAcknowledgement.GROUP + "-commands"));

    CommandsOffTheProcessorThread(CommandGateway commands,
                                  @Value("${klachten.acknowledgement.command-timeout:PT1M}") Duration timeout) {
        this.commands = commands;
        this.timeout = timeout;
    }

    /** The command handler's answer, or its failure as the gateway throws it. */
    Object sendAndWait(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        CompletableFuture<Object> answer = CompletableFuture.supplyAsync(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return commands.sendAndWait(message);
            } finally {
                MDC.clear();
            }
        }, threads);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("no answer to " + command.getClass().getSimpleName() + " within " + timeout,
                    slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.getClass().getSimpleName(),
                    interrupted);
        }
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
