package uk.co.welzo.klachten.api.correspondence;

/**
 * The outbox, oldest first, at most {@code limit} items, in one state or (null) all: a list of {@link OutboxItem}.
 * States: PENDING, SENDING, HELD (no mail server), NEEDS_POST (no e-mail address), PARKED (failed), SENT.
 */
public record FindOutbox(String state, int limit) {
}
