package uk.co.welzo.klachten.query.improvement;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.query.EffectMonthSummary;
import uk.co.welzo.klachten.api.improvement.query.EffectWindowSummary;
import uk.co.welzo.klachten.api.improvement.query.FindImprovementEffect;
import uk.co.welzo.klachten.api.improvement.query.ImprovementEffectView;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;

/**
 * The effect review's figures (R6.3): complaints about a done action's problem, per London month, over the same length
 * of time before and after it was done. The counts are the trends' own (asked over the query bus, so this slice never
 * reads another's documents): counts only, no personal data (R8.1).
 *
 * <p>The window rule: {@code months} long when asked, else the whole months from done until now (at least 1, at most
 * {@value #LONGEST}); before is [done - months, done), after is [done, done + months), each cut at the same London
 * time of day, so both are equally long. While the after window still runs its figures are incomplete, and say so.
 */
@Component
class ImprovementEffects {

    static final int LONGEST = 24;

    private final MongoTemplate mongo;
    private final QueryGateway queries;

    ImprovementEffects(MongoTemplate mongo, QueryGateway queries) {
        this.mongo = mongo;
        this.queries = queries;
    }

    @QueryHandler
    Optional<ImprovementEffectView> handle(FindImprovementEffect find) {
        ImprovementActionDocument action = mongo.findById(find.actionId().value(), ImprovementActionDocument.class);
        if (action == null || action.doneAt == null) {
            return Optional.empty();
        }
        ZonedDateTime done = action.doneAt.atZone(ImprovementQueryHandler.LONDON);
        int months = find.months() != null ? clamp(find.months())
                : clamp(ChronoUnit.MONTHS.between(done, find.asOf().atZone(ImprovementQueryHandler.LONDON)));
        Instant before = done.minusMonths(months).toInstant();
        Instant after = done.plusMonths(months).toInstant();
        ProblemArea problem = action.problem();
        return Optional.of(new ImprovementEffectView(action.id, problem, action.doneAt, months,
                window(problem, before, action.doneAt, months), window(problem, action.doneAt, after, months),
                !find.asOf().isBefore(after)));
    }

    private EffectWindowSummary window(ProblemArea problem, Instant from, Instant to, int months) {
        TrendDimension dimension = switch (problem.kind()) {
            case PRODUCT -> TrendDimension.PRODUCT;
            case ROOT_CAUSE -> TrendDimension.ROOT_CAUSE;
            case CATEGORY -> TrendDimension.CATEGORY;
            case DEPARTMENT -> TrendDimension.DEPARTMENT;
        };
        String key = switch (problem.kind()) {
            case PRODUCT, ROOT_CAUSE -> groupingKey(problem.value());
            case CATEGORY, DEPARTMENT -> problem.value();
        };
        ComplaintCountsView counts = queries.query(new FindComplaintCounts(dimension, TrendPeriod.MONTH, from, to),
                ResponseTypes.instanceOf(ComplaintCountsView.class)).join();
        List<EffectMonthSummary> perMonth = counts.buckets().stream()
                .map(bucket -> new EffectMonthSummary(bucket.period(), bucket.start(), bucket.counts().stream()
                        .filter(count -> count.key().equals(key)).mapToLong(count -> count.count()).sum()))
                .toList();
        long complaints = perMonth.stream().mapToLong(EffectMonthSummary::complaints).sum();
        return new EffectWindowSummary(from, to, complaints, Math.round(complaints * 100d / months) / 100d, perMonth);
    }

    /** Free text as the trends group it: whitespace trimmed and collapsed, case-folded. */
    static String groupingKey(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int clamp(long months) {
        return (int) Math.max(1, Math.min(LONGEST, months));
    }
}
