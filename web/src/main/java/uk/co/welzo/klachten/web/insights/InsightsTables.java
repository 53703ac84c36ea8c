package uk.co.welzo.klachten.web.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.BreachCountsView;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaComplianceSummary;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.api.sla.SlaShare;
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

/**
 * The dashboard's tables, each from one query of the trends or SLA read models through the {@link QueryGateway}. The
 * queries answer counts, durations, shares and references, never a complainant's details (R8.1); the tables add only
 * words from the message bundles. Figures are written without grouping, with a full stop for decimals, in every
 * language, so the CSV reads the same anywhere.
 */
@Component
class InsightsTables {

    /** The counts table gets a column for the most frequent values; the rest are summed in one. */
    static final int MOST_FREQUENT = 10;
    static final int RECURRING_TOP = 10;
    static final List<String> IDS = List.of("counts", "response-times", "escalation-rate", "sla-compliance",
            "recurring-products", "recurring-root-causes", "breaches");

    private static final DateTimeFormatter LONDON_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final QueryGateway queries;
    private final MessageSource messages;

    InsightsTables(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** The table with this id, once its query answers; null for an id there is no table of. */
    CompletableFuture<InsightsTable> table(String id, InsightsFilters filters, Locale locale) {
        Words words = new Words(locale);
        return switch (id) {
            case "counts" -> counts(filters, words);
            case "response-times" -> responseTimes(filters, words);
            case "escalation-rate" -> escalationRate(filters, words);
            case "sla-compliance" -> slaCompliance(filters, words);
            case "recurring-products" -> recurring(id, TrendDimension.PRODUCT, filters, words);
            case "recurring-root-causes" -> recurring(id, TrendDimension.ROOT_CAUSE, filters, words);
            case "breaches" -> breaches(words);
            default -> null;
        };
    }

    CompletableFuture<InsightsTable> counts(InsightsFilters filters, Words words) {
        return ask(new FindComplaintCounts(filters.dimension(), filters.period(),
                filters.fromInstant(), filters.toInstant()), ComplaintCountsView.class).thenApply(view -> {
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (TrendBucketSummary bucket : view.buckets()) {
                for (TrendCountSummary count : bucket.counts()) {
                    totals.merge(count.key(), count.count(), Long::sum);
                    labels.putIfAbsent(count.key(), words.value(filters.dimension(), count.key(), count.label()));
                }
            }
            List<String> shown = totals.keySet().stream()
                    .sorted(Comparator.comparing((String key) -> -totals.get(key)).thenComparing(labels::get))
                    .limit(MOST_FREQUENT).toList();
            boolean others = totals.size() > shown.size();

            List<String> columns = new ArrayList<>(List.of(words.get("insights.column.period"),
                    words.get("insights.column.complaints")));
            shown.forEach(key -> columns.add(labels.get(key)));
            if (others) {
                columns.add(words.get("insights.column.otherValues"));
            }
            List<List<String>> rows = new ArrayList<>();
            for (TrendBucketSummary bucket : view.buckets()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                bucket.counts().forEach(count -> counts.put(count.key(), count.count()));
                List<String> row = new ArrayList<>(List.of(bucket.period(), Long.toString(bucket.complaints())));
                shown.forEach(key -> row.add(Long.toString(counts.getOrDefault(key, 0L))));
                if (others) {
                    row.add(Long.toString(counts.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                            .mapToLong(Map.Entry::getValue).sum()));
                }
                rows.add(row);
            }
            int[] drawn = IntStream.range(2, columns.size()).toArray();
            String dimension = words.get("insights.by." + filters.dimension());
            String period = words.get("insights.per." + filters.period());
            return new InsightsTable("counts", words.get("insights.counts.title", dimension),
                    words.get("insights.counts.caption", dimension, period, filters.from(), filters.to()), columns, rows,
                    InsightsTable.chartOf("bar", true, words.get("insights.unit.complaints"), columns, rows, drawn),
                    filters.describe("complaint-counts", true, true));
        });
    }

    CompletableFuture<InsightsTable> responseTimes(InsightsFilters filters, Words words) {
        return ask(new FindResponseTimes(filters.fromInstant(), filters.toInstant()),
                ResponseTimesView.class).thenApply(view -> {
            List<String> columns = words.all("insights.column.category", "insights.column.complaints",
                    "insights.column.acknowledged", "insights.column.medianAcknowledge", "insights.column.p90Acknowledge",
                    "insights.column.resolved", "insights.column.medianResolve", "insights.column.p90Resolve");
            List<List<String>> rows = view.categories().stream().map((CategoryResponseTimesSummary c) -> List.of(
                    words.value(TrendDimension.CATEGORY, c.category().name(), c.category().name()),
                    Long.toString(c.complaints()), Long.toString(c.acknowledged()),
                    decimal(c.medianHoursToAcknowledge()), decimal(c.p90HoursToAcknowledge()),
                    Long.toString(c.resolved()), decimal(c.medianHoursToResolve()), decimal(c.p90HoursToResolve()))).toList();
            return new InsightsTable("response-times", words.get("insights.responseTimes.title"),
                    words.get("insights.responseTimes.caption", filters.from(), filters.to()), columns, rows,
                    InsightsTable.chartOf("bar", false, words.get("insights.unit.hours"), columns, rows, 3, 4, 6, 7),
                    filters.describe("response-times", false, false));
        });
    }

    CompletableFuture<InsightsTable> escalationRate(InsightsFilters filters, Words words) {
        return ask(new FindEscalationRate(filters.fromInstant(), filters.toInstant(),
                filters.period()), EscalationRateView.class).thenApply(view -> {
            List<String> columns = words.all("insights.column.period", "insights.column.resolvedAtStageOne",
                    "insights.column.escalated", "insights.column.escalationRate");
            List<List<String>> rows = view.buckets().stream().map((EscalationRateSummary b) -> List.of(b.period(),
                    Long.toString(b.resolvedAtStageOne()), Long.toString(b.escalated()), percent(b.rate()))).toList();
            String overall = view.rate() == null ? words.get("insights.escalationRate.noneResolved")
                    : words.get("insights.escalationRate.overall", percent(view.rate()), view.escalated(),
                    view.resolvedAtStageOne());
            return new InsightsTable("escalation-rate", words.get("insights.escalationRate.title"),
                    words.get("insights.escalationRate.caption", words.get("insights.per." + filters.period()),
                            filters.from(), filters.to(), overall), columns, rows,
                    InsightsTable.chartOf("bar", false, "%", columns, rows, 3),
                    filters.describe("escalation-rate", false, true));
        });
    }

    CompletableFuture<InsightsTable> slaCompliance(InsightsFilters filters, Words words) {
        return ask(new FindSlaCompliance(SlaPeriod.valueOf(filters.period().name()),
                filters.fromInstant(), filters.toInstant()), SlaComplianceView.class).thenApply(view -> {
            List<Function<SlaComplianceSummary, SlaShare>> obligations = List.of(
                    SlaComplianceSummary::acknowledgedWithin48Hours,
                    SlaComplianceSummary::stageOneWithinOriginalDeadline,
                    SlaComplianceSummary::stageOneWithinExtendedDeadline,
                    SlaComplianceSummary::escalationAcknowledgedWithinTarget,
                    SlaComplianceSummary::escalationAcknowledgedWithinLimit,
                    SlaComplianceSummary::stageTwoWithinOriginalDeadline,
                    SlaComplianceSummary::stageTwoWithinExtendedDeadline);
            List<String> columns = words.all("insights.column.periodStart", "insights.sla.acknowledged",
                    "insights.sla.stageOneOriginal", "insights.sla.stageOneExtended", "insights.sla.escalationTarget",
                    "insights.sla.escalationLimit", "insights.sla.stageTwoOriginal", "insights.sla.stageTwoExtended");
            List<List<String>> rows = new ArrayList<>();
            for (SlaComplianceSummary period : view.periods()) {
                List<String> row = new ArrayList<>(List.of(period.firstDay().toString()));
                obligations.forEach(share -> row.add(percent(share.apply(period).share())));
                rows.add(row);
            }
            return new InsightsTable("sla-compliance", words.get("insights.sla.title"),
                    words.get("insights.sla.caption", words.get("insights.per." + filters.period()), filters.from(),
                            filters.to()), columns, rows,
                    InsightsTable.chartOf("line", false, "%", columns, rows, 1, 2, 3, 4, 5, 6, 7),
                    filters.describe("sla-compliance", false, true));
        });
    }

    CompletableFuture<InsightsTable> recurring(String id, TrendDimension dimension, InsightsFilters filters, Words words) {
        Instant end = filters.toInstant();
        return ask(new FindRecurring(dimension, end, Duration.between(filters.fromInstant(), end),
                RECURRING_TOP), RecurringView.class).thenApply(view -> {
            List<String> columns = words.all("insights.dimension." + dimension, "insights.column.thisWindow",
                    "insights.column.previousWindow", "insights.column.change", "insights.column.openAction");
            List<List<String>> rows = view.items().stream().map((RecurringSummary r) -> List.of(
                    r.label() == null ? r.key() : r.label(),
                    Long.toString(r.count()), Long.toString(r.previousCount()), Long.toString(r.change()),
                    words.get(r.openActionId() == null ? "insights.no" : "insights.yes"))).toList();
            String previousFrom = view.previousWindowStart().atZone(InsightsFilters.LONDON).toLocalDate().toString();
            return new InsightsTable(id, words.get("insights.recurring.title." + dimension),
                    words.get("insights.recurring.caption", filters.from(),
                            filters.to(), previousFrom, filters.from().minusDays(1)), columns, rows,
                    InsightsTable.chartOf("bar", false, words.get("insights.unit.complaints"), columns, rows, 1, 2),
                    filters.describe(id, false, false));
        });
    }

    /**
     * The current breaches counted per obligation, as the chart draws them; the breaches themselves are listed one link
     * away, a page at a time ({@link InsightsBreachesController}), so the dashboard weighs the same with ten or ten
     * thousand of them.
     */
    CompletableFuture<InsightsTable> breaches(Words words) {
        return ask(new FindBreachCounts(null), BreachCountsView.class).thenApply(view -> {
            List<String> columns = words.all("insights.column.obligation", "insights.column.breaches");
            List<List<String>> rows = view.kinds().stream().map((BreachCountSummary count) -> List.of(
                    words.get("deadline." + count.kind()), Long.toString(count.breaches()))).toList();
            return new InsightsTable("breaches", words.get("insights.breaches.title"),
                    words.get("insights.breaches.caption", london(view.asOf()), view.total()), columns, rows,
                    InsightsTable.chartOf("bar", false, words.get("insights.unit.breaches"), columns, rows, 1),
                    "current-breaches-" + view.asOf().atZone(InsightsFilters.LONDON).toLocalDate());
        });
    }

    private <R> CompletableFuture<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer));
    }

    static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A share from 0 to 1 as a percentage with one decimal; empty when there was nothing to share. */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    static String london(Instant at) {
        return at == null ? "" : LONDON_MINUTE.format(at.atZone(InsightsFilters.LONDON));
    }

    /** The bundle's words in one language. */
    final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String get(String code, Object... arguments) {
            return messages.getMessage(code, arguments, locale);
        }

        List<String> all(String... codes) {
            return Arrays.stream(codes).map(this::get).toList();
        }

        /** An enum value in words (a category, channel, department or outcome); a product or root cause as counted. */
        String value(TrendDimension dimension, String key, String label) {
            String prefix = switch (dimension) {
                case CATEGORY -> "category.";
                case CHANNEL -> "channel.";
                case DEPARTMENT -> "department.";
                case OUTCOME -> "outcome.";
                case PRODUCT, ROOT_CAUSE -> null;
            };
            String fallback = label == null ? key : label;
            return prefix == null ? fallback : messages.getMessage(prefix + key, null, fallback, locale);
        }
    }
}
