package uk.co.welzo.klachten.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import io.grpc.Status;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.platform.validation.HasText;

/** Endpoints that succeed, refuse and fail in every way the platform must answer. */
@RestController
@RequestMapping("/probes")
class ProbeController {

    record ProbeRequest(@NotNull ComplaintId complaintId, @NotBlank @HasText String summary, @NotNull Channel channel,
                        @Min(1) int copies, Instant receivedAt, LocalDate deadline, Boolean urgent,
                        @Valid List<Nested> people) {
    }

    record Nested(@NotBlank String name) {
    }

    private final Validator validator;

    ProbeController(Validator validator) {
        this.validator = validator;
    }

    @PostMapping
    @PreAuthorize("hasRole('INTAKE')")
    ProbeRequest lodge(@Valid @RequestBody ProbeRequest request) {
        return request;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    Map<String, String> find(@PathVariable ComplaintId id) {
        return Map.of("id", id.value());
    }

    @GetMapping("/by-channel/{channel}")
    Map<String, String> byChannel(@PathVariable Channel channel) {
        return Map.of("channel", channel.name());
    }

    @GetMapping("/search")
    Map<String, Integer> search(@RequestParam @Min(1) int page) {
        return Map.of("page", page);
    }

    @GetMapping("/refused/{code}")
    void refuse(@PathVariable ErrorCode code) {
        throw new Refused(code, "Refused with " + code + ".");
    }

    @GetMapping("/reference/{typed}")
    Map<String, String> reference(@PathVariable String typed) {
        return Map.of("reference", ReferenceNumber.parse(typed).value());
    }

    @GetMapping("/command-refused")
    void commandRefused() {
        throw new CommandExecutionException("closed", null,
                new ErrorDetail(ErrorCode.COMPLAINT_ALREADY_CLOSED, "The complaint is already closed."));
    }

    @GetMapping("/command-refused-naming-a-field")
    void commandRefusedNamingAField() {
        throw new CommandExecutionException("future", null,
                new ErrorDetail(ErrorCode.OCCURRED_IN_FUTURE, "The time it happened is in the future.", "occurredAt"));
    }

    @GetMapping("/since")
    Map<String, Instant> since(@RequestParam Instant from) {
        return Map.of("from", from);
    }

    @GetMapping("/command-refused-later")
    CompletableFuture<Void> commandRefusedLater() {
        return CompletableFuture.failedFuture(new CommandExecutionException("closed", null,
                new ErrorDetail(ErrorCode.COMPLAINT_ALREADY_CLOSED, "The complaint is already closed.")));
    }

    @GetMapping("/command-failed")
    void commandFailed() {
        throw new CommandExecutionException("NullPointerException at uk.co.welzo.Secret", null);
    }

    /** What the command gateway hands back when Axon Server is down (as seen against a closed port). */
    @GetMapping("/axon-server-unreachable")
    void axonServerUnreachable() {
        throw new CompletionException(new AxonServerException(ErrorCategory.COMMAND_DISPATCH_ERROR,
                "Received exception while dispatching command", "klachten-command-side",
                Status.UNAVAILABLE.withDescription("io exception").asRuntimeException()));
    }

    @GetMapping("/grpc-refused")
    void grpcRefused() {
        throw new AxonServerException(ErrorCategory.COMMAND_DISPATCH_ERROR, "dispatch failed", "klachten-command-side",
                Status.INVALID_ARGUMENT.withDescription("payload too large").asRuntimeException());
    }

    @GetMapping("/concurrency")
    void concurrency() {
        throw new ConcurrencyException("version 3 expected, found 4");
    }

    @GetMapping("/wrapped-concurrency")
    void wrappedConcurrency() {
        throw new CommandExecutionException("failed", new ConcurrencyException("version 3 expected, found 4"));
    }

    @GetMapping("/aggregate-not-found")
    void aggregateNotFound() {
        throw new AggregateNotFoundException("c-404", "The aggregate was not found in the event store");
    }

    @GetMapping("/broken-body")
    void brokenBody() throws org.apache.coyote.BadRequestException {
        throw new org.apache.coyote.BadRequestException("Invalid chunk header");
    }

    @GetMapping("/crash")
    void crash() {
        throw new IllegalStateException("secret internals of uk.co.welzo.klachten.Secret");
    }

    @GetMapping("/constraint")
    void constraint() {
        throw new ConstraintViolationException(validator.validate(new Nested(" ")));
    }
}
