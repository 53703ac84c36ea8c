package uk.co.welzo.klachten.query.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.trends.CategoryResponseTimesSummary;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.EscalationRateSummary;
import uk.co.welzo.klachten.api.trends.EscalationRateView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * How the counts, the escalation rate and the response times were answered before the day documents (#18): by
 * scanning every fact in the range, grouped by the database per London day or month. Kept, unchanged but for its name, as the reference the day
 * documents must equal.
 */
final class FactScanCounts {

    private static final Comparator<TrendCountSummary> MOST_FIRST =
            Comparator.comparingLong(TrendCountSummary::count).reversed().thenComparing(TrendCountSummary::key);

    private final MongoTemplate mongo;

    FactScanCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ComplaintCountsView handle(FindComplaintCounts find) {
        Map<LocalDate, Long> totals = new HashMap<>();
        for (Document row : aggregate(received(find.from(), find.to()),
                group(bucketOf(find.period()), new Document("count", new Document("$sum", 1))))) {
            totals.merge(startOf(find.period(), row.getString("_id")), count(row), Long::sum);
        }
        Field field = Field.of(find.dimension());
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(received(find.from(), find.to()));
        if (find.dimension() == TrendDimension.DEPARTMENT) {
            pipeline.add(new Document("$unwind", "$" + field.name));
        }
        pipeline.add(new Document("$match", new Document(field.name, new Document("$ne", null))));
        pipeline.add(group(new Document("bucket", bucketOf(find.period())).append("key", "$" + field.name),
                field.accumulators()));
        Map<LocalDate, Map<String, TrendCountSummary>> counts = new HashMap<>();
        for (Document row : aggregate(pipeline.toArray(Document[]::new))) {
            Document id = row.get("_id", Document.class);
            String key = String.valueOf(id.get("key"));
            counts.computeIfAbsent(startOf(find.period(), id.getString("bucket")), start -> new HashMap<>())
                    .merge(key, new TrendCountSummary(key, field.label(row, key), count(row)),
                            (a, b) -> new TrendCountSummary(key, a.label(), a.count() + b.count()));
        }
        List<TrendBucketSummary> buckets = TrendBuckets.starts(find.period(), find.from(), find.to()).stream()
                .map(start -> new TrendBucketSummary(TrendBuckets.key(find.period(), start), start,
                        totals.getOrDefault(start, 0L),
                        counts.getOrDefault(start, Map.of()).values().stream().sorted(MOST_FIRST).toList()))
                .toList();
        return new ComplaintCountsView(find.dimension(), find.period(), find.from(), find.to(), buckets);
    }

    /** The escalation rate as the database counted it over the facts before it was counted per day. */
    EscalationRateView handle(FindEscalationRate find) {
        Map<LocalDate, long[]> resolvedAndEscalated = new HashMap<>();
        Document escalatedOne = new Document("$cond", List.of("$escalated", 1, 0));
        for (Document row : aggregate(received(find.from(), find.to()),
                new Document("$match", new Document("resolvedAt", new Document("$ne", null))),
                group(bucketOf(find.period()), new Document("count", new Document("$sum", 1))
                        .append("escalated", new Document("$sum", escalatedOne))))) {
            long[] sums = resolvedAndEscalated.computeIfAbsent(startOf(find.period(), row.getString("_id")),
                    start -> new long[2]);
            sums[0] += count(row);
            sums[1] += ((Number) row.get("escalated")).longValue();
        }
        List<EscalationRateSummary> buckets = TrendBuckets.starts(find.period(), find.from(), find.to()).stream()
                .map(start -> {
                    long[] sums = resolvedAndEscalated.getOrDefault(start, new long[2]);
                    return new EscalationRateSummary(TrendBuckets.key(find.period(), start), start, sums[0], sums[1],
                            rate(sums[1], sums[0]));
                }).toList();
        long resolved = buckets.stream().mapToLong(EscalationRateSummary::resolvedAtStageOne).sum();
        long escalated = buckets.stream().mapToLong(EscalationRateSummary::escalated).sum();
        return new EscalationRateView(find.from(), find.to(), find.period(), resolved, escalated,
                rate(escalated, resolved), buckets);
    }

    /** The response times as they were answered before the day's hours were counted (#18): every fact's hours, read. */
    ResponseTimesView handle(FindResponseTimes find) {
        Map<Category, List<Double>> toAcknowledge = new EnumMap<>(Category.class);
        Map<Category, List<Double>> toResolve = new EnumMap<>(Category.class);
        Map<Category, Long> complaints = new EnumMap<>(Category.class);
        Document hoursOnly = new Document("_id", 0).append("category", 1).append("hoursToAcknowledge", 1)
                .append("hoursToResolve", 1);
        for (Document fact : mongo.getCollection(TrendFactDocument.COLLECTION)
                .find(received(find.from(), find.to()).get("$match", Document.class)).projection(hoursOnly)) {
            Category category = Category.valueOf(fact.getString("category"));
            complaints.merge(category, 1L, Long::sum);
            addHours(toAcknowledge, category, fact.getDouble("hoursToAcknowledge"));
            addHours(toResolve, category, fact.getDouble("hoursToResolve"));
        }
        List<CategoryResponseTimesSummary> categories = complaints.keySet().stream().map(category -> {
            List<Double> acknowledged = sorted(toAcknowledge.get(category));
            List<Double> resolved = sorted(toResolve.get(category));
            return new CategoryResponseTimesSummary(category, complaints.get(category),
                    acknowledged.size(), Percentiles.of(acknowledged, 0.5), Percentiles.of(acknowledged, 0.9),
                    resolved.size(), Percentiles.of(resolved, 0.5), Percentiles.of(resolved, 0.9));
        }).toList();
        return new ResponseTimesView(find.from(), find.to(), categories);
    }

    private static void addHours(Map<Category, List<Double>> hours, Category category, Double value) {
        if (value != null) {
            hours.computeIfAbsent(category, c -> new ArrayList<>()).add(value);
        }
    }

    private static List<Double> sorted(List<Double> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000d / whole) / 10_000d;
    }

    /** What the recurring problems counted per value over a window. */
    Map<String, TrendCountSummary> countByValue(TrendDimension dimension, Instant from, Instant to) {
        Field field = Field.of(dimension);
        Map<String, TrendCountSummary> counts = new LinkedHashMap<>();
        for (Document row : aggregate(received(from, to),
                new Document("$match", new Document(field.name, new Document("$ne", null))),
                group("$" + field.name, field.accumulators()))) {
            String key = String.valueOf(row.get("_id"));
            counts.put(key, new TrendCountSummary(key, field.label(row, key), count(row)));
        }
        return counts;
    }

    private record Field(String name, String labelName) {

        static Field of(TrendDimension dimension) {
            return switch (dimension) {
                case CATEGORY -> new Field("category", null);
                case CHANNEL -> new Field("channel", null);
                case PRODUCT -> new Field("product", "productLabel");
                case DEPARTMENT -> new Field("departments", null);
                case ROOT_CAUSE -> new Field("rootCause", "rootCauseLabel");
                case OUTCOME -> new Field("outcome", null);
            };
        }

        Document accumulators() {
            Document accumulators = new Document("count", new Document("$sum", 1));
            return labelName == null ? accumulators : accumulators.append("label", new Document("$min", "$" + labelName));
        }

        String label(Document row, String key) {
            return labelName == null || row.getString("label") == null ? key : row.getString("label");
        }
    }

    private List<Document> aggregate(Document... pipeline) {
        return mongo.getCollection(TrendFactDocument.COLLECTION).aggregate(List.of(pipeline)).into(new ArrayList<>());
    }

    private static Document received(Instant from, Instant to) {
        return new Document("$match", new Document("receivedAt",
                new Document("$gte", Date.from(from)).append("$lt", Date.from(to))));
    }

    private static Document group(Object id, Document accumulators) {
        Document group = new Document("_id", id);
        group.putAll(accumulators);
        return new Document("$group", group);
    }

    private static Document bucketOf(TrendPeriod period) {
        return new Document("$dateToString", new Document("format", TrendBuckets.databaseFormat(period))
                .append("date", "$receivedAt").append("timezone", TrendBuckets.LONDON.getId()));
    }

    private static LocalDate startOf(TrendPeriod period, String databaseKey) {
        return TrendBuckets.startOfDatabaseKey(period, databaseKey);
    }

    private static long count(Document row) {
        return ((Number) row.get("count")).longValue();
    }
}
