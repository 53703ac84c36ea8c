package uk.co.welzo.klachten.api.admin;

/**
 * What a retry of a processing group's dead letters achieved: sequences whose every event now
 * applied (and left the queue), sequences that failed again, and the events still queued.
 */
public record DeadLetterRetryView(String group, int converged, int stillFailing, long remainingLetters) {
}
