package uk.co.welzo.klachten.query.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.trends.CategoryResponseTimesSummary;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.EscalationRateSummary;
import uk.co.welzo.klachten.api.trends.EscalationRateView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindRecurring;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.RecurringSummary;
import uk.co.welzo.klachten.api.trends.RecurringView;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * Answers the trend queries. Counts, recurring problems and the escalation rate are read from the counts the projection
 * keeps per London day ({@link TrendDays}) and folded into weeks and months here; percentiles are computed here from
 * the day counts of each time to acknowledge and to resolve. Every complaint counts in the bucket of the London date it was received (see
 * {@link TrendBuckets}). A recurring problem names the open improvement action about it, if there is one
 * ({@link OpenActions}, R6.3).
 */
@Component
class TrendQueryHandler {

    /** Most complaints first; equal counts by key, so the order never depends on the database. */
    private static final Comparator<TrendCountSummary> MOST_FIRST =
            Comparator.comparingLong(TrendCountSummary::count).reversed().thenComparing(TrendCountSummary::key);

    private final TrendDays days;
    private final OpenActions openActions;

    @Autowired
    TrendQueryHandler(MongoTemplate mongo, OpenActions openActions) {
        this.days = new TrendDays(mongo);
        this.openActions = openActions;
    }

    /** Trends alone, without improvement actions to show. */
    TrendQueryHandler(MongoTemplate mongo) {
        this(mongo, OpenActions.NONE);
    }

    @QueryHandler
    ComplaintCountsView handle(FindComplaintCounts find) {
        TrendDayCounts days = this.days.count(find.dimension(), find.from(), find.to());
        Map<LocalDate, Long> totals = days.complaints(find.period());
        Map<LocalDate, Map<String, TrendCountSummary>> counts = days.counts(find.period());
        List<TrendBucketSummary> buckets = TrendBuckets.starts(find.period(), find.from(), find.to()).stream()
                .map(start -> new TrendBucketSummary(TrendBuckets.key(find.period(), start), start,
                        totals.getOrDefault(start, 0L),
                        counts.getOrDefault(start, Map.of()).values().stream().sorted(MOST_FIRST).toList()))
                .toList();
        return new ComplaintCountsView(find.dimension(), find.period(), find.from(), find.to(), buckets);
    }

    /** The complaints per category from the category's day counts, their hours from the day's response times. */
    @QueryHandler
    ResponseTimesView handle(FindResponseTimes find) {
        TrendDayCounts days = this.days.count(TrendDimension.CATEGORY, find.from(), find.to(), true);
        Map<String, TrendCountSummary> complaints = days.counts();
        List<CategoryResponseTimesSummary> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            TrendCountSummary received = complaints.get(category.name());
            if (received == null) {
                continue;
            }
            List<Double> acknowledged = days.hours(TrendTally.TO_ACKNOWLEDGE, category.name());
            List<Double> resolved = days.hours(TrendTally.TO_RESOLVE, category.name());
            categories.add(new CategoryResponseTimesSummary(category, received.count(),
                    acknowledged.size(), Percentiles.of(acknowledged, 0.5), Percentiles.of(acknowledged, 0.9),
                    resolved.size(), Percentiles.of(resolved, 0.5), Percentiles.of(resolved, 0.9)));
        }
        return new ResponseTimesView(find.from(), find.to(), categories);
    }

    @QueryHandler
    EscalationRateView handle(FindEscalationRate find) {
        TrendDayCounts days = this.days.count(null, find.from(), find.to());
        Map<LocalDate, Long> resolvedPerPeriod = days.figure(TrendTally.RESOLVED_AT_STAGE_ONE, find.period());
        Map<LocalDate, Long> escalatedPerPeriod = days.figure(TrendTally.ESCALATED, find.period());
        List<EscalationRateSummary> buckets = TrendBuckets.starts(find.period(), find.from(), find.to()).stream()
                .map(start -> {
                    long resolved = resolvedPerPeriod.getOrDefault(start, 0L);
                    long escalated = escalatedPerPeriod.getOrDefault(start, 0L);
                    return new EscalationRateSummary(TrendBuckets.key(find.period(), start), start, resolved,
                            escalated, rate(escalated, resolved));
                }).toList();
        long resolved = buckets.stream().mapToLong(EscalationRateSummary::resolvedAtStageOne).sum();
        long escalated = buckets.stream().mapToLong(EscalationRateSummary::escalated).sum();
        return new EscalationRateView(find.from(), find.to(), find.period(), resolved, escalated,
                rate(escalated, resolved), buckets);
    }

    @QueryHandler
    RecurringView handle(FindRecurring find) {
        Instant windowStart = find.windowEnd().minus(find.window());
        Instant previousStart = windowStart.minus(find.window());
        Map<String, TrendCountSummary> now = days.count(find.dimension(), windowStart, find.windowEnd()).counts();
        Map<String, TrendCountSummary> before = days.count(find.dimension(), previousStart, windowStart).counts();
        Map<String, String> actions = now.isEmpty() ? Map.of() : openActions.byKey(find.dimension());
        List<RecurringSummary> items = now.values().stream().sorted(MOST_FIRST).limit(find.top())
                .map(value -> {
                    long previous = before.containsKey(value.key()) ? before.get(value.key()).count() : 0;
                    return new RecurringSummary(value.key(), value.label(), value.count(), previous,
                            value.count() - previous, actions.get(value.key()));
                }).toList();
        return new RecurringView(find.dimension(), previousStart, windowStart, find.windowEnd(), items);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000d / whole) / 10_000d;
    }
}
