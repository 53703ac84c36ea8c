package uk.co.welzo.klachten.query.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.admin.DeadLetterQueueView;
import uk.co.welzo.klachten.api.admin.DeadLetterRetryView;
import uk.co.welzo.klachten.api.admin.DeadLetterSequenceView;
import uk.co.welzo.klachten.api.admin.DeadLetterView;
import uk.co.welzo.klachten.platform.problem.Refused;
import uk.co.welzo.klachten.query.infrastructure.DeadLetterPolicy;

/**
 * Lists, retries and evicts the events each processing group parked. A sequence is one
 * complaint's parked events (the sequencing policy is per aggregate); it is retried as a whole,
 * oldest first, through the same handlers the processor uses, and stops at the first that fails.
 */
@Service
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final ProcessingGroups groups;

    DeadLetters(ProcessingGroups groups) {
        this.groups = groups;
    }

    List<DeadLetterQueueView> all() {
        return groups.names().stream()
                .filter(group -> groups.processing().deadLetterQueue(group).isPresent())
                .map(this::of)
                .toList();
    }

    DeadLetterQueueView of(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = groups.deadLetterQueue(group);
        List<DeadLetterSequenceView> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<DeadLetterView> letters = new ArrayList<>();
            String sequenceId = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                sequenceId = sequenceId != null ? sequenceId : sequenceIdOf(letter);
                letters.add(view(letter));
            }
            if (!letters.isEmpty()) {
                sequences.add(new DeadLetterSequenceView(sequenceId, letters.size(), letters));
            }
        }
        return new DeadLetterQueueView(group, queue.size(), sequences.size(), sequences);
    }

    /** Retries one sequence, or every sequence when {@code sequenceId} is null. */
    DeadLetterRetryView retry(String group, String sequenceId, String actor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = groups.deadLetterQueue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = groups.processing()
                .sequencedDeadLetterProcessor(group).orElseThrow(() -> ProcessingGroups.unknown(group));
        List<String> sequenceIds = sequenceId == null ? sequenceIds(queue) : List.of(known(queue, group, sequenceId));
        int converged = 0;
        for (String id : sequenceIds) {
            Predicate<DeadLetter<? extends EventMessage<?>>> thisSequence = letter -> id.equals(sequenceIdOf(letter));
            if (processor.process(thisSequence)) {
                converged++;
            }
        }
        int stillFailing = sequenceIds.size() - converged;
        log.info("Retried {} dead-letter sequence(s) of processing group '{}' for operator '{}': {} converged, {} still failing",
                sequenceIds.size(), group, actor, converged, stillFailing);
        return new DeadLetterRetryView(group, converged, stillFailing, queue.size());
    }

    /** Drops a sequence's events for good: the read model misses them until the group is replayed. */
    int evict(String group, String sequenceId, String actor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = groups.deadLetterQueue(group);
        known(queue, group, sequenceId);
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequenceId)) {
            queue.evict(letter);
            evicted++;
        }
        log.warn("Evicted {} dead letter(s) of sequence {} from processing group '{}' for operator '{}': the read model "
                + "lacks them until the group is replayed", evicted, sequenceId, group, actor);
        return evicted;
    }

    private static String known(SequencedDeadLetterQueue<EventMessage<?>> queue, String group, String sequenceId) {
        if (!queue.contains(sequenceId)) {
            throw Refused.of(ErrorCode.DEAD_LETTER_SEQUENCE_NOT_FOUND, group, sequenceId);
        }
        return sequenceId;
    }

    private static List<String> sequenceIds(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<String> ids = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            sequence.iterator().forEachRemaining(letter -> {
                String id = sequenceIdOf(letter);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    /** The Mongo queue stores the sequence id; by the per-aggregate policy it is the complaint id. */
    private static String sequenceIdOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof MongoDeadLetter<?> stored) {
            return stored.sequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : letter.message().getIdentifier();
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Cause cause = letter.cause().orElse(null);
        Object retries = letter.diagnostics().get(DeadLetterPolicy.RETRIES);
        return new DeadLetterView(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                letter.enqueuedAt(), letter.lastTouched(), retries instanceof Number n ? n.intValue() : 0);
    }
}
