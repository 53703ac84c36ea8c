package uk.co.welzo.klachten.api.admin;

import uk.co.welzo.klachten.api.Actor;

/**
 * An operator asks the query side to apply a processing group's dead letters again: one sequence (a complaint id),
 * or every sequence when {@code sequenceId} is null. An operator request like {@link StartReplay}; answered with a
 * {@link DeadLetterRetryView}.
 */
public record RetryDeadLetters(String group, String sequenceId, Actor actor) {
}
