package uk.co.welzo.klachten.api.trends;

/**
 * One recurring value: complaints in this window, in the previous one, and the change (this minus previous); and the
 * open improvement action already raised about it (R6.3), or null when there is none.
 */
public record RecurringSummary(
        String key,
        String label,
        long count,
        long previousCount,
        long change,
        String openActionId) {
}
