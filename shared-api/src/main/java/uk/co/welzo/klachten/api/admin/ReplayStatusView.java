package uk.co.welzo.klachten.api.admin;

/**
 * A processing group's processor as an operator watches a replay: whether it runs, whether it is
 * still replaying, how many segments it works in, the lowest position its segments have reached
 * (null before any event) against the event store's head position, and that as a percentage.
 */
public record ReplayStatusView(String group, boolean running, boolean replaying, int segments,
                               Long position, Long headPosition, Integer percent) {
}
