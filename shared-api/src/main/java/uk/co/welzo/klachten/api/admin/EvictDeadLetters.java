package uk.co.welzo.klachten.api.admin;

import uk.co.welzo.klachten.api.Actor;

/**
 * An operator gives up on one sequence of a processing group's dead letters: its events are dropped, and the read
 * model misses them until the group is replayed. An operator request like {@link StartReplay}; answered with a
 * {@link DeadLetterEvictionView}.
 */
public record EvictDeadLetters(String group, String sequenceId, Actor actor) {
}
