package uk.co.welzo.klachten.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;
import uk.co.welzo.klachten.api.queue.FindWorkQueue;
import uk.co.welzo.klachten.api.queue.WorkQueuePage;
import uk.co.welzo.klachten.api.sla.FindSlaClocks;
import uk.co.welzo.klachten.api.sla.SlaClocksView;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindRecurring;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.RecurringView;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/** Latencies of the read-model queries as the REST layer sends them, over the query bus. */
final class QueryLatencies {

    /** The year the generated complaints were received in (see ComplaintHistories). */
    private static final Instant YEAR_START = Instant.parse("2025-01-06T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2026-01-06T00:00:00Z");

    private final QueryGateway queries;
    private final int complaints;
    private final Random random = new Random(7);

    QueryLatencies(QueryGateway queries, int complaints) {
        this.queries = queries;
        this.complaints = complaints;
    }

    Map<String, long[]> measureAll(int count) {
        Map<String, long[]> results = new LinkedHashMap<>();
        results.put("work queue, first page, no filter", measure(count, i -> queue(null, null, null)));
        results.put("work queue, by status and category", measure(count, i -> queue(
                ComplaintStatus.UNDER_INVESTIGATION, Category.values()[i % Category.values().length], null)));
        results.put("work queue, overdue only", measure(count, i -> queue(null, null, Boolean.TRUE)));
        results.put("case view by id", measure(count, i -> queries.query(new FindComplaint(randomComplaint()),
                ResponseTypes.optionalInstanceOf(ComplaintView.class)).join()));
        results.put("SLA clocks by complaint", measure(count, i -> queries.query(new FindSlaClocks(randomComplaint()),
                ResponseTypes.optionalInstanceOf(SlaClocksView.class)).join()));
        int trendQueries = Math.max(10, count / 10);
        results.put("trends: counts by category per month, 1 year", measure(trendQueries, i -> queries.query(
                new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.MONTH, YEAR_START, YEAR_END),
                ResponseTypes.instanceOf(ComplaintCountsView.class)).join()));
        results.put("trends: response times p50/p90, 1 month", measure(trendQueries, i -> queries.query(
                new FindResponseTimes(YEAR_START.plus(Duration.ofDays(30L * (i % 11))),
                        YEAR_START.plus(Duration.ofDays(30L * (i % 11) + 30))),
                ResponseTypes.instanceOf(ResponseTimesView.class)).join()));
        results.put("trends: recurring products, 30 days", measure(trendQueries, i -> queries.query(
                new FindRecurring(TrendDimension.PRODUCT, YEAR_START.plus(Duration.ofDays(60 + i % 200)),
                        Duration.ofDays(30), 10), ResponseTypes.instanceOf(RecurringView.class)).join()));
        return results;
    }

    private WorkQueuePage queue(ComplaintStatus status, Category category, Boolean overdue) {
        return queries.query(new FindWorkQueue(null, status, null, category, null, overdue, null, null, 0, 20),
                ResponseTypes.instanceOf(WorkQueuePage.class)).join();
    }

    private ComplaintId randomComplaint() {
        return ComplaintId.of("bench-" + random.nextInt(complaints));
    }

    private static long[] measure(int count, IntFunction<Object> query) {
        for (int i = 0; i < Math.min(100, count); i++) {
            query.apply(i);
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Object answer = query.apply(i);
            nanos[i] = System.nanoTime() - start;
            if (answer == null || answer instanceof Optional<?> optional && optional.isEmpty()) {
                throw new IllegalStateException("query " + i + " found nothing: the read models are not complete");
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
