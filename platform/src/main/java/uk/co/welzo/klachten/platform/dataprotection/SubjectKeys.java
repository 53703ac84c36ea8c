package uk.co.welzo.klachten.platform.dataprotection;

import java.time.Instant;

/**
 * The key store: one key per data subject (R8.2). Not a read model: nothing rebuilds it from the events, so a key
 * written here is on disk before the event it encrypts is stored, and a key erased here is gone for good (the
 * {@code PersonalDataErased} events say which keys must stay gone after a restore from backup). The command side reaches
 * it through a connection for keys only.
 */
public interface SubjectKeys {

    /** What the store holds for a subject. */
    sealed interface State permits Active, Erased, Unknown {
    }

    /** The subject's key. */
    record Active(SubjectKey key) implements State {
    }

    /** The subject's key was erased at {@code at}: their texts are unreadable for ever. */
    record Erased(Instant at) implements State {
    }

    /** No key was ever made for the subject (their events were stored before encryption, or they have none). */
    record Unknown() implements State {
    }

    /** What the store holds for {@code subject}. */
    State lookup(String subject);

    /** What the store holds now, past any cache: for a text encrypted under a key this process has not seen yet. */
    default State lookupFresh(String subject) {
        return lookup(subject);
    }

    /**
     * The subject's key, made (and durably stored) if there is none yet; fails with {@link SubjectErasedException}
     * when the subject was erased: nothing of an erased person is written again.
     */
    SubjectKey obtain(String subject);

    /**
     * The key {@code state} holds for {@code subject}, or null when none was made yet; fails with
     * {@link SubjectErasedException} when the subject was erased. What every store's {@link #obtain} asks first.
     */
    static SubjectKey existingKey(String subject, State state) {
        if (state instanceof Active active) {
            return active.key();
        }
        if (state instanceof Erased) {
            throw new SubjectErasedException(subject);
        }
        return null;
    }

    /** Erases the subject's key, keeping only the fact and the moment; doing it again changes nothing. */
    void erase(String subject, Instant at);

    /** Thrown when personal data would be written for a subject whose key was erased. */
    final class SubjectErasedException extends IllegalStateException {
        public SubjectErasedException(String subject) {
            super("the personal data of subject " + subject + " was erased: nothing of it is written again");
        }
    }
}
