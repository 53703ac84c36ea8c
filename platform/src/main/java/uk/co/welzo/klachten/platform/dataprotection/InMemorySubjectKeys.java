package uk.co.welzo.klachten.platform.dataprotection;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys held in memory only: for tests of the command side on Axon's in-memory event store, where the events go when the
 * JVM ends too ({@code klachten.data-protection.key-store.uri=memory:}). Never the default: a key lost loses its data.
 */
public final class InMemorySubjectKeys implements SubjectKeys {

    private final Map<String, State> states = new ConcurrentHashMap<>();

    @Override
    public State lookup(String subject) {
        return states.getOrDefault(subject, new Unknown());
    }

    @Override
    public SubjectKey obtain(String subject) {
        State state = states.computeIfAbsent(subject, s -> new Active(SubjectKey.generate(s)));
        if (state instanceof Active a) {
            return a.key();
        }
        throw new SubjectErasedException(subject);
    }

    @Override
    public void erase(String subject, Instant at) {
        states.compute(subject, (s, state) -> state instanceof Erased gone ? gone : new Erased(at));
    }
}
