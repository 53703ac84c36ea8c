package uk.co.welzo.klachten.query.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
import uk.co.welzo.klachten.query.MongoTestServer;

/** Trend queries over facts projected from events, against a real MongoDB wire server (R6.2). */
@ExtendWith(MongoTestServer.class)
class TrendQueryHandlerTest {

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;
    private TrendQueryHandler trends;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new TrendProjection(mongo));
        projection.prepareReset();
        trends = new TrendQueryHandler(mongo);
    }

    private void deliver(ComplaintStory... stories) throws Exception {
        for (ComplaintStory story : stories) {
            for (int sequence = 0; sequence < story.events.size(); sequence++) {
                projection.handle(new GenericDomainEventMessage<>("Complaint", story.id.value(), sequence,
                        story.events.get(sequence)));
            }
        }
    }

    private static ComplaintStory received(String id, String at) {
        return ComplaintStory.lodged(id, at, Category.SERVICE, Channel.WEB_FORM, null);
    }

    private static ComplaintStory product(String id, String at, String product) {
        return ComplaintStory.lodged(id, at, Category.PRODUCT_DEFECT, Channel.WEB_FORM, product);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Map<String, Long> complaintsPerBucket(ComplaintCountsView view) {
        return view.buckets().stream().collect(Collectors.toMap(TrendBucketSummary::period, TrendBucketSummary::complaints));
    }

    @Test
    @DisplayName("R1.2, R6.2: counts follow the current category; recategorising moves the complaint")
    void recategorisationMovesTheCount() throws Exception {
        ComplaintStory story = received("move-1", "2026-03-02T09:00:00Z").acknowledged(1);
        deliver(story);
        FindComplaintCounts byCategory = new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.MONTH,
                at("2026-03-01T00:00:00Z"), at("2026-03-31T23:00:00Z"));
        assertThat(trends.handle(byCategory).buckets().get(0).counts())
                .containsExactly(new TrendCountSummary("SERVICE", "SERVICE", 1));

        story.recategorised(Category.SERVICE, Category.COMMUNICATION);
        deliver(story);

        TrendBucketSummary march = trends.handle(byCategory).buckets().get(0);
        assertThat(march.period()).isEqualTo("2026-03");
        assertThat(march.complaints()).isEqualTo(1);
        assertThat(march.counts()).containsExactly(new TrendCountSummary("COMMUNICATION", "COMMUNICATION", 1));
    }

    @Test
    @DisplayName("R6.2: a complaint counts in the London month of its receipt, across month ends and the change to BST")
    void monthBucketsFollowLondonDates() throws Exception {
        deliver(received("m-1", "2026-01-31T23:30:00Z"),  // GMT: still 31 January
                received("m-2", "2026-02-28T23:59:00Z"),  // GMT: still February
                received("m-3", "2026-03-31T22:30:00Z"),  // BST 23:30: still 31 March
                received("m-4", "2026-03-31T23:30:00Z"),  // BST 00:30: 1 April in London
                received("m-5", "2026-04-30T23:30:00Z")); // BST 00:30: 1 May in London, outside [from, to)

        ComplaintCountsView months = trends.handle(new FindComplaintCounts(TrendDimension.CHANNEL, TrendPeriod.MONTH,
                at("2026-01-01T00:00:00Z"), at("2026-04-30T23:00:00Z")));

        assertThat(months.buckets()).extracting(TrendBucketSummary::period, TrendBucketSummary::start,
                TrendBucketSummary::complaints).containsExactly(
                tuple("2026-01", LocalDate.parse("2026-01-01"), 1L),
                tuple("2026-02", LocalDate.parse("2026-02-01"), 1L),
                tuple("2026-03", LocalDate.parse("2026-03-01"), 1L),
                tuple("2026-04", LocalDate.parse("2026-04-01"), 1L));
        assertThat(months.buckets().get(3).counts()).containsExactly(new TrendCountSummary("WEB_FORM", "WEB_FORM", 1));
    }

    @Test
    @DisplayName("R6.2: day and ISO-week buckets follow London dates around both clock changes and the turn of the year")
    void dayAndWeekBucketsFollowLondonDates() throws Exception {
        deliver(received("d-1", "2026-03-29T00:30:00Z"),  // GMT until 01:00Z: Sunday 29 March, week 13
                received("d-2", "2026-03-29T23:30:00Z"),  // BST: Monday 30 March 00:30, week 14
                received("d-3", "2026-04-05T22:59:00Z"),  // BST: Sunday 5 April 23:59, week 14
                received("d-4", "2026-10-24T23:30:00Z"),  // BST: Sunday 25 October 00:30, week 43
                received("d-5", "2026-10-25T23:30:00Z"),  // GMT again: Sunday 25 October 23:30, week 43
                received("d-6", "2025-12-30T10:00:00Z")); // Tuesday in ISO week 2026-W01

        ComplaintCountsView days = trends.handle(new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.DAY,
                at("2026-03-28T00:00:00Z"), at("2026-03-31T00:00:00Z")));
        assertThat(days.buckets()).extracting(TrendBucketSummary::period)
                .containsExactly("2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31");
        assertThat(complaintsPerBucket(days)).containsEntry("2026-03-29", 1L).containsEntry("2026-03-30", 1L)
                .containsEntry("2026-03-28", 0L).containsEntry("2026-03-31", 0L);

        ComplaintCountsView weeks = trends.handle(new FindComplaintCounts(TrendDimension.CATEGORY, TrendPeriod.WEEK,
                at("2025-12-29T00:00:00Z"), at("2026-11-01T00:00:00Z")));
        Map<String, Long> perWeek = complaintsPerBucket(weeks);
        assertThat(perWeek).containsEntry("2026-W01", 1L).containsEntry("2026-W13", 1L).containsEntry("2026-W14", 2L)
                .containsEntry("2026-W15", 0L).containsEntry("2026-W43", 2L);
        assertThat(weeks.buckets().get(0).start()).isEqualTo(LocalDate.parse("2025-12-29"));
        assertThat(perWeek.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    }

    @Test
    @DisplayName("R3.2, R3.5, R6.2: products and root causes group case-folded; one count per department asked; the final outcome")
    void countsByEveryDimension() throws Exception {
        deliver(product("p-1", "2026-03-02T09:00:00Z", "BP Monitor").acknowledged(1)
                        .asked(Department.WAREHOUSE_MANAGEMENT).asked(Department.WAREHOUSE_MANAGEMENT)
                        .asked(Department.TESTING_LABORATORY).resolved(20, Outcome.NOT_UPHELD, "Packaging"),
                product("p-2", "2026-03-03T09:00:00Z", "  bp   monitor").acknowledged(1)
                        .asked(Department.WAREHOUSE_MANAGEMENT).resolved(20, Outcome.PARTLY_UPHELD, "packaging ")
                        .escalated(30).resolvedAtStageTwo(60, Outcome.UPHELD, "Supplier defect"),
                product("p-3", "2026-03-04T09:00:00Z", "Thermometer"));
        Instant from = at("2026-03-01T00:00:00Z"); // London midnight, GMT
        Instant to = at("2026-03-31T23:00:00Z");   // London midnight, BST

        assertThat(countsBy(TrendDimension.PRODUCT, from, to)).containsExactly(
                new TrendCountSummary("bp monitor", "BP Monitor", 2), new TrendCountSummary("thermometer", "Thermometer", 1));
        assertThat(countsBy(TrendDimension.DEPARTMENT, from, to)).containsExactly(
                new TrendCountSummary("WAREHOUSE_MANAGEMENT", "WAREHOUSE_MANAGEMENT", 2),
                new TrendCountSummary("TESTING_LABORATORY", "TESTING_LABORATORY", 1));
        assertThat(countsBy(TrendDimension.ROOT_CAUSE, from, to)).containsExactly(
                new TrendCountSummary("packaging", "Packaging", 1),
                new TrendCountSummary("supplier defect", "Supplier defect", 1));
        assertThat(countsBy(TrendDimension.OUTCOME, from, to)).containsExactly(
                new TrendCountSummary("NOT_UPHELD", "NOT_UPHELD", 1), new TrendCountSummary("UPHELD", "UPHELD", 1));
        assertThat(countsBy(TrendDimension.CATEGORY, from, to)).containsExactly(
                new TrendCountSummary("PRODUCT_DEFECT", "PRODUCT_DEFECT", 3));
    }

    private java.util.List<TrendCountSummary> countsBy(TrendDimension dimension, Instant from, Instant to) {
        ComplaintCountsView view = trends.handle(new FindComplaintCounts(dimension, TrendPeriod.MONTH, from, to));
        assertThat(view.buckets()).hasSize(1);
        assertThat(view.buckets().get(0).complaints()).isEqualTo(3);
        return view.buckets().get(0).counts();
    }

    @Test
    @DisplayName("R6.1: median and 90th percentile hours to acknowledge and to resolve per category, worked out by hand")
    void responseTimePercentiles() throws Exception {
        deliver(received("r-1", "2026-03-02T09:00:00Z").acknowledged(2).resolved(50, Outcome.UPHELD, "x"),
                received("r-2", "2026-03-03T09:00:00Z").acknowledged(4).resolved(100, Outcome.UPHELD, "x"),
                received("r-3", "2026-03-04T09:00:00Z").acknowledged(10).resolved(200, Outcome.UPHELD, "x"),
                received("r-4", "2026-03-05T09:00:00Z").acknowledged(30),
                received("r-5", "2026-03-06T09:00:00Z"),
                ComplaintStory.lodged("r-6", "2026-03-06T09:00:00Z", Category.BILLING_AND_PAYMENT, Channel.PHONE, null)
                        .acknowledged(1.5),
                received("r-outside", "2026-04-06T09:00:00Z").acknowledged(1000));

        ResponseTimesView view = trends.handle(new FindResponseTimes(at("2026-03-01T00:00:00Z"), at("2026-04-01T00:00:00Z")));

        // acknowledge 2, 4, 10, 30: median (4 + 10) / 2 = 7; p90 at rank 0.9 * 3 = 2.7: 10 + 0.7 * (30 - 10) = 24
        // resolve 50, 100, 200: median 100; p90 at rank 0.9 * 2 = 1.8: 100 + 0.8 * (200 - 100) = 180
        assertThat(view.categories()).containsExactly(
                new CategoryResponseTimesSummary(Category.SERVICE, 5, 4, 7.0, 24.0, 3, 100.0, 180.0),
                new CategoryResponseTimesSummary(Category.BILLING_AND_PAYMENT, 1, 1, 1.5, 1.5, 0, null, null));
    }

    @Test
    @DisplayName("R6.2: the top products of a window against the window before, with counts and change")
    void recurringProductsAgainstThePreviousWindow() throws Exception {
        deliver(product("now-1", "2026-03-25T00:00:00Z", "BP monitor"),
                product("now-2", "2026-03-27T10:00:00Z", "bp MONITOR"),
                product("now-3", "2026-03-31T22:59:59Z", "BP Monitor"),
                product("now-4", "2026-03-26T10:00:00Z", "Vitamin D"),
                product("now-5", "2026-03-28T10:00:00Z", "vitamin d"),
                product("now-6", "2026-03-29T10:00:00Z", "Inhaler"),
                product("now-7", "2026-03-30T10:00:00Z", "Inhaler"),
                product("now-8", "2026-03-30T11:00:00Z", "Thermometer"),
                product("before-1", "2026-03-18T00:00:00Z", "BP monitor"),
                product("before-2", "2026-03-19T00:00:00Z", "Vitamin D"),
                product("before-3", "2026-03-20T00:00:00Z", "Vitamin D"),
                product("before-4", "2026-03-21T00:00:00Z", "Vitamin D"),
                product("before-5", "2026-03-24T23:59:59Z", "Vitamin D"),
                product("too-early", "2026-03-17T23:59:59Z", "Inhaler"),
                product("too-late", "2026-04-01T00:00:00Z", "Inhaler"));

        RecurringView view = trends.handle(new FindRecurring(TrendDimension.PRODUCT, at("2026-04-01T00:00:00Z"),
                Duration.ofDays(7), 3));

        assertThat(view.windowStart()).isEqualTo(at("2026-03-25T00:00:00Z"));
        assertThat(view.previousWindowStart()).isEqualTo(at("2026-03-18T00:00:00Z"));
        assertThat(view.items()).containsExactly(
                new RecurringSummary("bp monitor", "BP Monitor", 3, 1, 2, null),
                new RecurringSummary("inhaler", "Inhaler", 2, 0, 2, null),
                new RecurringSummary("vitamin d", "Vitamin D", 2, 4, -2, null));
    }

    @Test
    @DisplayName("R3.5, R6.2: recurring root causes come from the final resolution")
    void recurringRootCauses() throws Exception {
        deliver(received("rc-1", "2026-03-26T10:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "Courier damage"),
                received("rc-2", "2026-03-27T10:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "courier damage"),
                received("rc-3", "2026-03-27T11:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "Wrong item")
                        .escalated(6).resolvedAtStageTwo(20, Outcome.UPHELD, "Courier damage"),
                received("rc-4", "2026-03-20T10:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "Wrong item"),
                received("rc-5", "2026-03-28T10:00:00Z").acknowledged(1));

        RecurringView view = trends.handle(new FindRecurring(TrendDimension.ROOT_CAUSE, at("2026-04-01T00:00:00Z"),
                Duration.ofDays(7), 10));

        assertThat(view.items()).containsExactly(new RecurringSummary("courier damage", "Courier damage", 3, 0, 3, null));
    }

    @Test
    @DisplayName("R6.3: a recurring root cause names the open improvement action about it, and none where there is none")
    void recurringRootCausesNameTheirOpenAction() throws Exception {
        deliver(received("oa-1", "2026-03-26T10:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "Courier damage"),
                received("oa-2", "2026-03-27T10:00:00Z").acknowledged(1).resolved(5, Outcome.UPHELD, "Wrong item"));
        TrendQueryHandler withActions = new TrendQueryHandler(mongo,
                dimension -> dimension == TrendDimension.ROOT_CAUSE ? Map.of("courier damage", "ia-1") : Map.of());

        RecurringView view = withActions.handle(new FindRecurring(TrendDimension.ROOT_CAUSE, at("2026-04-01T00:00:00Z"),
                Duration.ofDays(7), 10));

        assertThat(view.items()).containsExactly(new RecurringSummary("courier damage", "Courier damage", 1, 0, 1, "ia-1"),
                new RecurringSummary("wrong item", "Wrong item", 1, 0, 1, null));
    }

    @Test
    @DisplayName("R4.1, R6.2: escalation rate is escalated over resolved at stage 1, in all and per week")
    void escalationRatePerWeek() throws Exception {
        deliver(received("e-1", "2026-03-30T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x").escalated(20),
                received("e-2", "2026-03-31T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x"),
                received("e-3", "2026-04-01T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x"),
                received("e-4", "2026-04-02T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x"),
                received("e-5", "2026-04-03T09:00:00Z").acknowledged(1),
                received("e-6", "2026-04-06T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x").escalated(20),
                received("e-7", "2026-04-07T09:00:00Z").acknowledged(1).resolved(10, Outcome.UPHELD, "x").escalated(20)
                        .resolvedAtStageTwo(40, Outcome.NOT_UPHELD, "y"));

        EscalationRateView view = trends.handle(new FindEscalationRate(at("2026-03-29T23:00:00Z"),
                at("2026-04-19T23:00:00Z"), TrendPeriod.WEEK));

        assertThat(view.buckets()).containsExactly(
                new EscalationRateSummary("2026-W14", LocalDate.parse("2026-03-30"), 4, 1, 0.25),
                new EscalationRateSummary("2026-W15", LocalDate.parse("2026-04-06"), 2, 2, 1.0),
                new EscalationRateSummary("2026-W16", LocalDate.parse("2026-04-13"), 0, 0, null));
        assertThat(view.resolvedAtStageOne()).isEqualTo(6);
        assertThat(view.escalated()).isEqualTo(3);
        assertThat(view.rate()).isEqualTo(0.5);
    }
}
