package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Channel;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.complaint.Outcome;
import uk.co.welzo.klachten.api.trends.ComplaintCountsView;
import uk.co.welzo.klachten.api.trends.FindComplaintCounts;
import uk.co.welzo.klachten.api.trends.FindEscalationRate;
import uk.co.welzo.klachten.api.trends.FindResponseTimes;
import uk.co.welzo.klachten.api.trends.ResponseTimesView;
import uk.co.welzo.klachten.api.trends.TrendBucketSummary;
import uk.co.welzo.klachten.api.trends.TrendCountSummary;
import uk.co.welzo.klachten.api.trends.TrendDimension;
import uk.co.welzo.klachten.api.trends.TrendPeriod;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/**
 * The counts kept per London day (#18) answer exactly as the scan of every fact did, for random complaints around
 * both clock changes of 2026 and random ranges, on and off London midnights.
 */
@ExtendWith(MongoTestServer.class)
class TrendDaysTest {

    /**
     * With '.', '$' and '%', which field names escape; never a leading '$': the in-process server's {@code $group}
     * reads such a value as a field path and counted it under no key (the day documents count it under its own).
     */
    private static final String[] PRODUCTS = {"Kettle", "kettle", "  KETTLE ", "Toaster 2.0", "toaster  2.0",
            "Save$.Box", "100% Juice", null};
    private static final String[] ROOT_CAUSES = {"Packaging", " packaging", "Courier. Late", "Sup$plier %", null, "  "};
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-03-20");
    private static final int DAYS = 230; // to 5 November: both clock changes

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;
    private TrendQueryHandler trends;
    private FactScanCounts factScan;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new TrendProjection(mongo));
        projection.prepareReset();
        trends = new TrendQueryHandler(mongo);
        factScan = new FactScanCounts(mongo);
    }

    @Test
    @DisplayName("#18: counts from the day documents equal the fact scan's, for random complaints and ranges across both clock changes")
    void dayDocumentsCountAsTheFactScanDid() throws Exception {
        Random random = new Random(18);
        deliverInBatches(randomStories(random, 400), random);

        for (int i = 0; i < 300; i++) {
            TrendDimension dimension = TrendDimension.values()[random.nextInt(TrendDimension.values().length)];
            TrendPeriod period = TrendPeriod.values()[random.nextInt(TrendPeriod.values().length)];
            Instant from = randomInstant(random);
            Instant to = random.nextInt(4) == 0 ? from.plus(Duration.ofMinutes(1 + random.nextInt(3_000)))
                    : randomInstant(random).plus(Duration.ofDays(random.nextInt(60)));
            if (!from.isBefore(to)) {
                continue;
            }
            FindComplaintCounts find = new FindComplaintCounts(dimension, period, from, to);
            ComplaintCountsView expected = factScan.handle(find);
            ComplaintCountsView actual = trends.handle(find);
            if (period == TrendPeriod.WEEK) {
                expected = withSmallestSpellingOfTheirDays(expected);
            }
            assertThat(actual).as("%s", find).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("R4.1, R6.2, #18: the escalation rate from the day documents equals the fact scan's, on and off London midnights")
    void escalationRateCountsAsTheFactScanDid() throws Exception {
        Random random = new Random(20);
        deliverInBatches(randomStories(random, 300), random);

        for (int i = 0; i < 150; i++) {
            TrendPeriod period = TrendPeriod.values()[random.nextInt(TrendPeriod.values().length)];
            Instant from = randomInstant(random);
            Instant to = random.nextInt(4) == 0 ? from.plus(Duration.ofMinutes(1 + random.nextInt(3_000)))
                    : randomInstant(random).plus(Duration.ofDays(random.nextInt(60)));
            if (!from.isBefore(to)) {
                continue;
            }
            FindEscalationRate find = new FindEscalationRate(from, to, period);
            assertThat(trends.handle(find)).as("%s", find).isEqualTo(factScan.handle(find));
        }
    }

    @Test
    @DisplayName("R6.2, #18: medians and 90th percentiles to acknowledge and to resolve from the day's hours equal the"
            + " fact scan's, with recategorised complaints, on and off London midnights")
    void responseTimesAsTheFactScanDid() throws Exception {
        Random random = new Random(21);
        deliverInBatches(randomStories(random, 400), random);

        int compared = 0;
        for (int i = 0; i < 150; i++) {
            Instant from = randomInstant(random);
            Instant to = random.nextInt(4) == 0 ? from.plus(Duration.ofMinutes(1 + random.nextInt(3_000)))
                    : randomInstant(random).plus(Duration.ofDays(random.nextInt(90)));
            if (!from.isBefore(to)) {
                continue;
            }
            FindResponseTimes find = new FindResponseTimes(from, to);
            ResponseTimesView expected = factScan.handle(find);
            assertThat(trends.handle(find)).as("%s", find).isEqualTo(expected);
            compared += expected.categories().isEmpty() ? 0 : 1;
        }
        assertThat(compared).as("ranges with complaints in them").isGreaterThan(50);
    }

    @Test
    @DisplayName("#18: recurring problems count as the fact scan did, over windows on and off London midnights")
    void recurringCountsAsTheFactScanDid() throws Exception {
        Random random = new Random(19);
        deliverInBatches(randomStories(random, 300), random);
        TrendDays days = new TrendDays(mongo);

        for (int i = 0; i < 100; i++) {
            TrendDimension dimension = random.nextBoolean() ? TrendDimension.PRODUCT : TrendDimension.ROOT_CAUSE;
            Instant from = randomInstant(random);
            Instant to = from.plus(Duration.ofHours(1 + random.nextInt(24 * 40)));
            assertThat(days.count(dimension, from, to).counts()).as("%s [%s, %s)", dimension, from, to)
                    .isEqualTo(factScan.countByValue(dimension, from, to));
        }
    }

    /**
     * The fact scan folded a week's days keeping the spelling of whichever day the database returned first; the day
     * documents show a week's smallest spelling, as the fact scan always did for days and months.
     */
    private ComplaintCountsView withSmallestSpellingOfTheirDays(ComplaintCountsView weeks) {
        List<TrendBucketSummary> buckets = new ArrayList<>();
        for (TrendBucketSummary week : weeks.buckets()) {
            Instant from = week.start().atStartOfDay(TrendBuckets.LONDON).toInstant();
            Instant to = week.start().plusWeeks(1).atStartOfDay(TrendBuckets.LONDON).toInstant();
            ComplaintCountsView days = factScan.handle(new FindComplaintCounts(weeks.dimension(), TrendPeriod.DAY,
                    from.isBefore(weeks.from()) ? weeks.from() : from, to.isAfter(weeks.to()) ? weeks.to() : to));
            Map<String, String> smallest = new TreeMap<>();
            days.buckets().forEach(day -> day.counts().forEach(count ->
                    smallest.merge(count.key(), count.label(), (a, b) -> a.compareTo(b) <= 0 ? a : b)));
            buckets.add(new TrendBucketSummary(week.period(), week.start(), week.complaints(), week.counts().stream()
                    .map(count -> new TrendCountSummary(count.key(), smallest.get(count.key()), count.count()))
                    .toList()));
        }
        return new ComplaintCountsView(weeks.dimension(), weeks.period(), weeks.from(), weeks.to(), buckets);
    }

    /** Half of them received within an hour and a half of midnight, UTC or London. */
    static List<ComplaintStory> randomStories(Random random, int count) {
        List<ComplaintStory> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Category category = pick(random, Category.values());
            ComplaintStory story = ComplaintStory.lodged("random-" + i, randomInstant(random).toString(), category,
                    pick(random, Channel.values()), pick(random, PRODUCTS));
            double hours = 1 + random.nextInt(40);
            if (random.nextInt(5) > 0) {
                story.acknowledged(hours);
            }
            if (random.nextInt(5) == 0) {
                Category to = pick(random, Category.values());
                story.recategorised(category, to);
            }
            for (int asked = random.nextInt(4); asked > 0; asked--) {
                story.asked(pick(random, Department.values()));
            }
            if (random.nextInt(5) < 3) {
                hours += 1 + random.nextInt(200);
                story.resolved(hours, pick(random, Outcome.values()), pick(random, ROOT_CAUSES));
                if (random.nextInt(3) == 0) {
                    story.escalated(hours += 10);
                    if (random.nextInt(4) > 0) {
                        story.resolvedAtStageTwo(hours + 100, pick(random, Outcome.values()), pick(random, ROOT_CAUSES));
                    }
                }
            }
            stories.add(story);
        }
        return stories;
    }

    private static Instant randomInstant(Random random) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Instant midnight = random.nextBoolean() ? day.atStartOfDay(TrendBuckets.LONDON).toInstant()
                : day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return switch (random.nextInt(4)) {
            case 0 -> midnight;
            case 1 -> midnight.plus(random.nextInt(180) - 90, ChronoUnit.MINUTES).plusSeconds(random.nextInt(60));
            default -> midnight.plusSeconds(random.nextInt(86_400));
        };
    }

    /** The stories' events interleaved and delivered in batches of random size, as a streaming processor would. */
    private void deliverInBatches(List<ComplaintStory> stories, Random random) throws Exception {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        stories.forEach(story -> histories.put(story.id.value(), story.events));
        List<EventMessage<?>> events = OneBatch.interleaved(histories);
        for (int start = 0; start < events.size(); ) {
            int end = Math.min(events.size(), start + 1 + random.nextInt(150));
            OneBatch.deliver(mongo, projection, events.subList(start, end));
            start = end;
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
