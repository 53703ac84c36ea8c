package uk.co.welzo.klachten.query.readmodel;

/**
 * A read model found at start-up that it cannot answer from until its processing group is replayed (an application
 * event, published by the slice that found it and acted on by the operators' replays, so neither imports the other).
 * {@code why} goes in the log as the replay's cause.
 */
public record ReplayNeeded(String group, String why) {
}
