package uk.co.welzo.klachten.query.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.Function;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * Complaints counted per London day, in all and by one dimension's values and spellings, wherever they were read from
 * (the day documents or the facts of a part of a day), folded into periods as {@link TrendBuckets} says. A value
 * shows its smallest spelling in the period, so the label never depends on the order anything was read in.
 */
final class TrendDayCounts {

    private final Map<LocalDate, Long> complaints = new HashMap<>();
    /** The other counts of all complaints (resolved at stage 1, escalated), by figure, per day. */
    private final Map<String, Map<LocalDate, Long>> figures = new HashMap<>();
    private final Map<LocalDate, Map<String, Map<String, Long>>> values = new HashMap<>();
    /** How many took exactly so many milliseconds, by measure ({@link TrendTally#TO_ACKNOWLEDGE}...) and category. */
    private final Map<String, Map<String, Map<Long, Long>>> hours = new HashMap<>();

    void add(LocalDate day, TrendTally tally, long count) {
        if (tally.document() != null) {
            String[] measureCategoryMillis = tally.key().split("\\.", 3);
            addHours(measureCategoryMillis[0], measureCategoryMillis[1], Long.parseLong(measureCategoryMillis[2]), count);
        } else if (tally.dimension() == null && tally.key() == null) {
            complaints.merge(day, count, Long::sum);
        } else if (tally.dimension() == null) {
            figures.computeIfAbsent(tally.key(), k -> new HashMap<>()).merge(day, count, Long::sum);
        } else {
            values.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(tally.key(), k -> new HashMap<>())
                    .merge(tally.label(), count, Long::sum);
        }
    }

    /** All complaints, per start of period. */
    Map<LocalDate, Long> complaints(TrendPeriod period) {
        Map<LocalDate, Long> folded = new HashMap<>();
        complaints.forEach((day, count) -> folded.merge(TrendBuckets.start(period, day), count, Long::sum));
        return folded;
    }

    /** One figure of all complaints ({@link TrendTally#RESOLVED_AT_STAGE_ONE}, {@link TrendTally#ESCALATED}), per start of period. */
    Map<LocalDate, Long> figure(TrendTally figure, TrendPeriod period) {
        Map<LocalDate, Long> folded = new HashMap<>();
        figures.getOrDefault(figure.key(), Map.of())
                .forEach((day, count) -> folded.merge(TrendBuckets.start(period, day), count, Long::sum));
        return folded;
    }

    /** The values' counts, per start of period; values counted nowhere in a period are left out. */
    Map<LocalDate, Map<String, TrendCountSummary>> counts(TrendPeriod period) {
        Map<LocalDate, Map<String, Map<String, Long>>> folded = fold(day -> TrendBuckets.start(period, day));
        Map<LocalDate, Map<String, TrendCountSummary>> counts = new HashMap<>();
        folded.forEach((start, byKey) -> counts.put(start, summaries(byKey)));
        return counts;
    }

    /** How many complaints of a category took exactly so many milliseconds to be acknowledged or resolved. */
    void addHours(String measure, String category, long millis, long count) {
        hours.computeIfAbsent(measure, m -> new HashMap<>()).computeIfAbsent(category, c -> new HashMap<>())
                .merge(millis, count, Long::sum);
    }

    /** One measure's hours of one category's complaints over all the days read, ascending. */
    List<Double> hours(String measure, String category) {
        List<Double> ascending = new ArrayList<>();
        new TreeMap<>(hours.getOrDefault(measure, Map.of()).getOrDefault(category, Map.of()))
                .forEach((millis, count) -> {
                    for (long i = 0; i < count; i++) {
                        ascending.add(millis / 3_600_000d);
                    }
                });
        return ascending;
    }

    /** The values' counts over all the days read. */
    Map<String, TrendCountSummary> counts() {
        return summaries(fold(day -> LocalDate.MIN).getOrDefault(LocalDate.MIN, Map.of()));
    }

    private Map<LocalDate, Map<String, Map<String, Long>>> fold(Function<LocalDate, LocalDate> bucket) {
        Map<LocalDate, Map<String, Map<String, Long>>> folded = new HashMap<>();
        values.forEach((day, byKey) -> {
            Map<String, Map<String, Long>> into = folded.computeIfAbsent(bucket.apply(day), b -> new HashMap<>());
            byKey.forEach((key, byLabel) -> byLabel.forEach((label, count) ->
                    into.computeIfAbsent(key, k -> new HashMap<>()).merge(label, count, Long::sum)));
        });
        return folded;
    }

    private static Map<String, TrendCountSummary> summaries(Map<String, Map<String, Long>> byKey) {
        Map<String, TrendCountSummary> summaries = new HashMap<>();
        byKey.forEach((key, byLabel) -> {
            long count = 0;
            String label = null;
            for (Map.Entry<String, Long> spelling : byLabel.entrySet()) {
                if (spelling.getValue() > 0) {
                    count += spelling.getValue();
                    label = label == null || spelling.getKey().compareTo(label) < 0 ? spelling.getKey() : label;
                }
            }
            if (count > 0) {
                summaries.put(key, new TrendCountSummary(key, label, count));
            }
        });
        return summaries;
    }
}
