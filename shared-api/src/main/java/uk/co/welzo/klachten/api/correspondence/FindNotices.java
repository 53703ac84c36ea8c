package uk.co.welzo.klachten.api.correspondence;

/**
 * The notices to staff member {@code user} (their user name), newest first, at most {@code limit}: a list of
 * {@link OutboxItem}. A notice names its person once the service has decided whom it is for (when it is sent, or held
 * for want of a mail server).
 */
public record FindNotices(String user, int limit) {
}
