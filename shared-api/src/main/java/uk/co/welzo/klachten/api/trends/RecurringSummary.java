package uk.co.welzo.klachten.api.trends;

/** One recurring value: complaints in this window, in the previous one, and the change (this minus previous). */
public record RecurringSummary(
        String key,
        String label,
        long count,
        long previousCount,
        long change) {
}
