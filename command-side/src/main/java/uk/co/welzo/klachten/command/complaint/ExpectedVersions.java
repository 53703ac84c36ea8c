package uk.co.welzo.klachten.command.complaint;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictDescription;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.eventsourcing.conflictresolution.ContextAwareConflictExceptionSupplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.ErrorDetail;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.event.ComplaintEvent;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;

/**
 * Refuses a command sent with an {@link ExpectedVersion} when the complaint has moved on since that version, with
 * what happened since: the one place the check lives, so no command needs a version field of its own.
 *
 * <p>The expected version goes to Axon as the target's version ({@link #targets}), so the repository loads the
 * complaint against it and, when events came after it, sets up Axon's conflict resolution; this interceptor then
 * declares every later event a conflict, whatever it is: the simplest rule a person can trust (a note added by a
 * colleague may change what you would write). The check is the load's, inside the unit of work that appends, so a
 * writer slipping in between is still the event store's lost race (409), never a lost update. It is made before the
 * command's own refusal is answered: a stale caller learns first that the complaint changed. A version the complaint
 * never reached is refused too (If-Match is a precondition: it must match), with no changes to tell.
 */
@Configuration(proxyBeanMethods = false)
class ExpectedVersions implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final CommandTargetResolver ANNOTATED = AnnotationCommandTargetResolver.builder().build();

    private final EventStore events;

    ExpectedVersions(EventStore events) {
        this.events = events;
    }

    /**
     * The complaint a command targets, as its annotations say, at the version its metadata expects, if any. Primary:
     * the resolver of every aggregate that names none (the reference reservation), as when it was the only one.
     */
    @Bean
    @Primary
    static CommandTargetResolver complaintTargets() {
        return ExpectedVersions::target;
    }

    static VersionedAggregateIdentifier target(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = ANNOTATED.resolveTarget(command);
        return expected(command).map(version -> new VersionedAggregateIdentifier(target.getIdentifierValue(), version))
                .orElse(target);
    }

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Optional<Long> expected = expected(unitOfWork.getMessage());
        if (expected.isEmpty()) {
            return chain.proceed();
        }
        refuseIfNeverReached(target(unitOfWork.getMessage()).getIdentifier(), expected.get());
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception refused) {
            refuseIfChanged();
            throw refused;
        }
        refuseIfChanged();
        return result;
    }

    private void refuseIfNeverReached(String complaintId, long expected) {
        // an unknown complaint goes on to be refused as not found, as without If-Match
        events.lastSequenceNumberFor(complaintId).filter(current -> current < expected).ifPresent(current -> {
            String message = ErrorCode.COMPLAINT_CHANGED.sentence(complaintId, expected);
            throw new CommandExecutionException(message, null,
                    new ErrorDetail(ErrorCode.COMPLAINT_CHANGED, message, null, List.of()));
        });
    }

    /** Axon's conflict resolver holds the events after the expected version only when there are any. */
    private static void refuseIfChanged() {
        ConflictResolution.getConflictResolver().detectConflicts(unexpected -> !unexpected.isEmpty(),
                (ContextAwareConflictExceptionSupplier<CommandExecutionException>) ExpectedVersions::changed);
    }

    private static CommandExecutionException changed(ConflictDescription conflict) {
        String message = ErrorCode.COMPLAINT_CHANGED.sentence(conflict.aggregateIdentifier(), conflict.expectedVersion(),
                conflict.actualVersion());
        List<TimelineEntry> changes = conflict.unexpectedEvents().stream().map(ExpectedVersions::entry).toList();
        return new CommandExecutionException(message, null,
                new ErrorDetail(ErrorCode.COMPLAINT_CHANGED, message, null, changes));
    }

    private static TimelineEntry entry(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof ComplaintEvent complaintEvent) {
            return TimelineEntry.of(complaintEvent, event.getSequenceNumber());
        }
        String type = event.getPayloadType().getSimpleName();
        return new TimelineEntry(event.getSequenceNumber(), type, type, event.getTimestamp(), event.getTimestamp(), null, null);
    }

    private static Optional<Long> expected(CommandMessage<?> command) {
        return Optional.ofNullable(command.getMetaData().get(ExpectedVersion.KEY))
                .filter(Number.class::isInstance).map(version -> ((Number) version).longValue());
    }
}
