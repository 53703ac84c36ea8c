package uk.co.welzo.klachten.api.admin;

/** What an eviction dropped: how many of the sequence's events left the group's dead-letter queue for good. */
public record DeadLetterEvictionView(String group, String sequenceId, int evicted) {
}
