package uk.co.welzo.klachten.query.infrastructure;

import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks every failed event (never skips one) and tells the operator in one line: which group,
 * which event of which complaint, and why. A failed retry keeps the event queued and counts it
 * in the letter's diagnostics as {@value #RETRIES}. Only the event's type and ids are logged,
 * never its payload, which may hold personal data; nor are the values a duplicate key error quotes, which for the
 * search's keys are a name or an e-mail address (issue #17): the cause names the collection and index instead.
 */
public class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how many retries of this letter have failed. */
    public static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);
    /** MongoDB's "E11000 duplicate key error collection: c index: i dup key: { field: "value" }", values and all. */
    private static final Pattern DUPLICATE_KEY_VALUES = Pattern.compile("dup key: \\{[^}]*}");
    static final String VALUES_HIDDEN = "dup key: { (values not shown) }";

    private final String group;

    public DeadLetterPolicy(String group) {
        this.group = group;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        int retries = retriesAfter(letter);
        String event = describe(letter.message());
        ThrowableCause kept = cause(cause);
        if (retries == 0) {
            log.warn("DEAD-LETTERED in processing group '{}': {} failed with {}: {}. Later events of the same "
                            + "complaint wait behind it; see GET /api/admin/dead-letters and retry after the fix.",
                    group, event, kept.type(), kept.message());
            return Decisions.enqueue(kept, l -> MetaData.with(RETRIES, 0));
        }
        log.warn("Retry {} of dead letter in processing group '{}' failed: {} with {}: {}",
                retries, group, event, kept.type(), kept.message());
        return Decisions.requeue(kept, l -> l.diagnostics().and(RETRIES, retries));
    }

    /** What is logged and kept of a failure: its type and words, without the values a duplicate key error quotes. */
    static ThrowableCause cause(Throwable failure) {
        String message = failure.getMessage() == null ? null
                : DUPLICATE_KEY_VALUES.matcher(failure.getMessage()).replaceAll(VALUES_HIDDEN);
        if (message != null && message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
            message = message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        }
        return new ThrowableCause(failure.getClass().getName(), message);
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
