package uk.co.welzo.klachten.api.trends;

/** How many complaints had one value: its grouping key (an enum name or a case-folded text) and how to show it. */
public record TrendCountSummary(
        String key,
        String label,
        long count) {
}
