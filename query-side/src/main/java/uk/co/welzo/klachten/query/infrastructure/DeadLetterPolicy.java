package uk.co.welzo.klachten.query.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

/**
 * Parks every failed event (never skips one) and tells the operator in one line: which group,
 * which event of which complaint, and why. A failed retry keeps the event queued and counts it
 * in the letter's diagnostics as {@value #RETRIES}. Only the event's type and ids are logged,
 * never its payload, which may hold personal data.
 */
public class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how many retries of this letter have failed. */
    public static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private final String group;

    public DeadLetterPolicy(String group) {
        this.group = group;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        int retries = retriesAfter(letter);
        String event = describe(letter.message());
        if (retries == 0) {
            log.warn("DEAD-LETTERED in processing group '{}': {} failed with {}: {}. Later events of the same "
                            + "complaint wait behind it; see GET /api/admin/dead-letters and retry after the fix.",
                    group, event, cause.getClass().getName(), cause.getMessage());
            return Decisions.enqueue(truncated(cause), l -> MetaData.with(RETRIES, 0));
        }
        log.warn("Retry {} of dead letter in processing group '{}' failed: {} with {}: {}",
                retries, group, event, cause.getClass().getName(), cause.getMessage());
        return Decisions.requeue(truncated(cause), l -> l.diagnostics().and(RETRIES, retries));
    }

    /**
     * A letter met for the first time carries its cause but no count; one that only waited behind
     * a failure carries neither, and fails here during a retry.
     */
    private static int retriesAfter(DeadLetter<? extends EventMessage<?>> letter) {
        Object counted = letter.diagnostics().get(RETRIES);
        if (counted instanceof Number number) {
            return number.intValue() + 1;
        }
        return letter.cause().isPresent() ? 0 : 1;
    }

    static String describe(EventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName();
        if (event instanceof DomainEventMessage<?> domain) {
            return type + " #" + domain.getSequenceNumber() + " of " + domain.getType() + " "
                    + domain.getAggregateIdentifier() + " (event " + event.getIdentifier() + ")";
        }
        return type + " (event " + event.getIdentifier() + ")";
    }
}
