package uk.co.welzo.klachten.query.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A failed event is always parked, never skipped, and failed retries are counted on the letter. */
class DeadLetterPolicyTest {

    private final DeadLetterPolicy policy = new DeadLetterPolicy("cases");
    private final EventMessage<?> event = new GenericDomainEventMessage<>("Complaint", "c-1", 3, "payload");

    @Test
    void parksAFirstFailureWithNoRetriesYet() {
        IllegalStateException failure = new IllegalStateException("broken");
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("c-1", event, failure);

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).isEqualTo("broken");
        assertThat(decision.withDiagnostics(letter).diagnostics()).containsEntry(DeadLetterPolicy.RETRIES, 0);
    }

    @Test
    void countsEachFailedRetry() {
        IllegalStateException failure = new IllegalStateException("still broken");
        DeadLetter<EventMessage<?>> parked = new GenericDeadLetter<EventMessage<?>>("c-1", event, failure)
                .withDiagnostics(d -> d.and(DeadLetterPolicy.RETRIES, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(parked).diagnostics()).containsEntry(DeadLetterPolicy.RETRIES, 3);
    }

    @Test
    void countsTheFirstFailureOfAnEventThatOnlyWaitedBehindAnother() {
        DeadLetter<EventMessage<?>> waiting = new GenericDeadLetter<>("c-1", event);

        EnqueueDecision<EventMessage<?>> decision = policy.decide(waiting, new IllegalStateException("broken too"));

        assertThat(decision.withDiagnostics(waiting).diagnostics()).containsEntry(DeadLetterPolicy.RETRIES, 1);
    }

    @Test
    @DisplayName("#17: a duplicate key error is kept and logged naming its collection and index, not the key's values")
    void keepsADuplicateKeyErrorWithoutTheKeyValues() {
        IllegalStateException failure = new IllegalStateException("Write error: WriteError{code=11000, message='E11000 "
                + "duplicate key error collection: klachten.search_keys index: _id_ dup key: { _id: \"e:ann@example.org\" }'}");
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("c-1", event, failure);

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, failure);

        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).asString()
                .contains("klachten.search_keys index: _id_", DeadLetterPolicy.VALUES_HIDDEN).doesNotContain("ann@example.org");
        assertThat(decision.enqueueCause()).get().extracting(cause -> ((Cause) cause).type())
                .isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void describesTheEventByTypeAndIdsOnly() {
        assertThat(DeadLetterPolicy.describe(event)).startsWith("String #3 of Complaint c-1 (event ")
                .doesNotContain("payload");
    }
}
