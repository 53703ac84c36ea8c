package uk.co.welzo.klachten.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.grpc.Metadata;
import io.grpc.Status;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerRemoteCommandHandlingException;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.platform.problem.ProblemDetailsAdvice;

/**
 * A write that loses a race when its unit of work commits answers 409 CONCURRENT_MODIFICATION, whichever
 * store noticed. Axon Server reports it as a gRPC status with AXONIQ-2000 in the trailers, raised where
 * the connector's event store commits (the unit of work's commit phase), and the answer travels back
 * to the dispatcher through the connector's own {@link CommandSerializer}; the embedded JDBC store
 * raises a ConcurrencyException while preparing the commit, and the answer stays in the JVM.
 */
class CommitConflictTest {

    static final Metadata.Key<String> AXON_SERVER_ERROR_CODE = Metadata.Key.of("AxonIQ-ErrorCode", Metadata.ASCII_STRING_MARSHALLER);

    // both ends of Axon Server's command channel: the handling side serialises, the dispatching side reads back
    final CommandSerializer axonServer = new CommandSerializer(JacksonSerializer.defaultSerializer(), new AxonServerConfiguration());

    final SimpleCommandBus commandSideBus = new ConflictReportingCommandBus(SimpleCommandBus.builder(), List.of(
            new LocalCommandBusConfiguration().concurrencyException(), new AxonServerWriteConflicts().invalidEventSequence()));

    @Test
    @DisplayName("Axon Server: a sequence conflict at commit reaches the dispatcher with the CONCURRENT_MODIFICATION detail, a 409")
    void axonServerSequenceConflictIsAConflictAtTheDispatcher() throws Exception {
        Throwable atDispatcher = throughAxonServer(send(commandSideBus, committingFails(axonServerInvalidSequence())));

        assertThat(atDispatcher).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) atDispatcher).getDetails())
                .contains(new ErrorDetail(ErrorCode.CONCURRENT_MODIFICATION, ConflictReportingCommandBus.CONFLICT));
        edgeAnswering(atDispatcher).perform(get("/command").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"))
                .andExpect(jsonPath("$.detail").value(ConflictReportingCommandBus.CONFLICT));
    }

    @Test
    @DisplayName("Axon Server with Axon's plain bus: the same conflict arrives as a bare AXONIQ-4002 and the edge can only answer 500")
    void withAxonsPlainBusTheConflictArrivesWithoutDetails() throws Exception {
        Throwable atDispatcher = throughAxonServer(send(SimpleCommandBus.builder().build(),
                committingFails(axonServerInvalidSequence())));

        assertThat(atDispatcher).isInstanceOf(CommandExecutionException.class)
                .hasCauseInstanceOf(AxonServerRemoteCommandHandlingException.class);
        assertThat(((CommandExecutionException) atDispatcher).getDetails()).isEmpty();
        assertThat(((AxonServerRemoteCommandHandlingException) atDispatcher.getCause()).getErrorCode()).isEqualTo("AXONIQ-4002");
        edgeAnswering(atDispatcher).perform(get("/command").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"));
    }

    @Test
    @DisplayName("embedded JDBC store: a duplicate sequence number while preparing the commit is a 409 too")
    void jdbcConflictIsAConflictLocally() throws Exception {
        Throwable local = send(commandSideBus, preparingCommitFails(
                new ConcurrencyException("An event for aggregate [c-1] at sequence [3] was already inserted"))).exceptionResult();

        assertThat(((CommandExecutionException) local).getDetails())
                .contains(new ErrorDetail(ErrorCode.CONCURRENT_MODIFICATION, ConflictReportingCommandBus.CONFLICT));
        edgeAnswering(local).perform(get("/command").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
    }

    @Test
    @DisplayName("results, refusals with their own detail and other failures pass through unchanged")
    void everythingElsePassesThrough() throws Exception {
        CommandExecutionException refused = new CommandExecutionException("closed", null,
                new ErrorDetail(ErrorCode.COMPLAINT_ALREADY_CLOSED, "The complaint is already closed."));
        IllegalStateException broken = new IllegalStateException("disk full");

        assertThat(send(commandSideBus, message -> "done").getPayload()).isEqualTo("done");
        assertThat(send(commandSideBus, message -> {
            throw refused;
        }).exceptionResult()).isSameAs(refused);
        assertThat(send(commandSideBus, committingFails(broken)).exceptionResult()).isSameAs(broken);
    }

    /** As Axon Server answers an append transaction whose first event's sequence number is already taken. */
    static RuntimeException axonServerInvalidSequence() {
        Metadata trailers = new Metadata();
        trailers.put(AXON_SERVER_ERROR_CODE, "AXONIQ-2000");
        return Status.OUT_OF_RANGE.withDescription("[AXONIQ-2000] Invalid sequence number 3 for aggregate c-1, expected 4")
                .asRuntimeException(trailers);
    }

    /** A handler whose events fail to commit, where Axon Server's event store commits its append transaction. */
    static MessageHandler<CommandMessage<?>> committingFails(RuntimeException failure) {
        return message -> {
            CurrentUnitOfWork.get().onCommit(unitOfWork -> {
                throw failure;
            });
            return null;
        };
    }

    /** A handler whose events fail to be appended, where the embedded event store appends them. */
    static MessageHandler<CommandMessage<?>> preparingCommitFails(RuntimeException failure) {
        return message -> {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                throw failure;
            });
            return null;
        };
    }

    static CommandResultMessage<?> send(SimpleCommandBus bus, MessageHandler<CommandMessage<?>> handler) throws Exception {
        bus.subscribe(String.class.getName(), handler);
        CompletableFuture<CommandResultMessage<?>> result = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("record a note"), (command, answer) -> result.complete(answer));
        return result.get();
    }

    Throwable throughAxonServer(CommandResultMessage<?> atHandler) {
        return axonServer.deserialize(axonServer.serialize(atHandler, "request-1")).exceptionResult();
    }

    static MockMvc edgeAnswering(Throwable failure) {
        return MockMvcBuilders.standaloneSetup(new Failing(failure)).setControllerAdvice(new ProblemDetailsAdvice()).build();
    }

    @RestController
    record Failing(Throwable failure) {

        @GetMapping("/command")
        void command() throws Throwable {
            throw failure;
        }
    }
}
