package uk.co.welzo.klachten.command;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Recognises a unit of work that could not commit because another writer stored the aggregate's next
 * event first. Each event store reports that in its own way, so each has its own recogniser.
 */
@FunctionalInterface
interface WriteConflicts {

    boolean lostTheRace(Throwable commitFailure);

    /** The failure and its causes, outermost first. */
    static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(32);
    }
}
