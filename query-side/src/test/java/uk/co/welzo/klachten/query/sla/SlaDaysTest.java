package uk.co.welzo.klachten.query.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.complaint.DeadlineKind;
import uk.co.welzo.klachten.api.complaint.Stage;
import uk.co.welzo.klachten.api.sla.BreachCountSummary;
import uk.co.welzo.klachten.api.sla.FindBreachCounts;
import uk.co.welzo.klachten.api.sla.FindCurrentBreachPage;
import uk.co.welzo.klachten.api.sla.FindCurrentBreaches;
import uk.co.welzo.klachten.api.sla.FindSlaCompliance;
import uk.co.welzo.klachten.api.sla.SlaBreachSummary;
import uk.co.welzo.klachten.api.sla.SlaComplianceView;
import uk.co.welzo.klachten.api.sla.SlaPeriod;
import uk.co.welzo.klachten.query.MongoTestServer;
import uk.co.welzo.klachten.query.readmodel.OneBatch;

/**
 * SLA compliance from the counts kept per London day and the running clocks' copies (#18) answers exactly as judging
 * every clock one by one did, and the current breaches found among the copies are those among all clocks: random
 * complaints across both clock changes of 2026, delivered in batches as a streaming processor does, judged at several
 * moments, over ranges on and off London midnights.
 */
@ExtendWith(MongoTestServer.class)
class SlaDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-03-20");
    private static final int DAYS = 230;

    private static MongoTemplate mongo;
    private AnnotationEventHandlerAdapter projection;

    @BeforeAll
    static void connect(MongoTemplate readModels) {
        mongo = readModels;
    }

    @BeforeEach
    void clean() {
        projection = new AnnotationEventHandlerAdapter(new SlaProjection(mongo,
                new SlaBreachUpdates(SimpleQueryUpdateEmitter.builder().build(), mongo, Clock.systemUTC())));
        projection.prepareReset();
    }

    @Test
    @DisplayName("R2.1, R3.2, R4.3, R4.4, R5.3, #18: compliance from the day counts and running clocks equals judging every"
            + " clock, against original and extended deadlines, at several moments and over ranges on and off London midnights")
    void complianceAsJudgingEveryClock() throws Exception {
        Random random = new Random(18);
        deliverInBatches(randomHistories(random, 400), random);
        assertThat(mongo.getCollection(SlaDayDocument.COLLECTION).countDocuments()).as("days counted").isPositive();
        assertThat(mongo.getCollection(RunningClockDocument.COLLECTION).countDocuments()).as("clocks running")
                .isPositive();

        int decided = 0;
        for (int i = 0; i < 200; i++) {
            Instant now = randomInstant(random).plus(Duration.ofDays(random.nextInt(120)));
            SlaPeriod period = SlaPeriod.values()[random.nextInt(SlaPeriod.values().length)];
            Instant from = randomInstant(random);
            Instant to = random.nextInt(4) == 0 ? from.plus(Duration.ofMinutes(1 + random.nextInt(3_000)))
                    : randomInstant(random).plus(Duration.ofDays(random.nextInt(90)));
            if (!from.isBefore(to)) {
                continue;
            }
            FindSlaCompliance find = new FindSlaCompliance(period, from, to);
            SlaComplianceView expected = everyClockJudged(find, now);
            assertThat(handlerAt(now).handle(find)).as("%s at %s", find, now).isEqualTo(expected);
            decided += expected.periods().stream().mapToLong(p -> p.acknowledgedWithin48Hours().decided()
                    + p.stageOneWithinExtendedDeadline().decided() + p.stageTwoWithinOriginalDeadline().decided()).sum();
        }
        assertThat(decided).as("acknowledgements decided in the ranges compared").isGreaterThan(1_000);
    }

    @Test
    @DisplayName("R5.3, #18: once every running clock's deadlines have come, the days count them failed without a copy"
            + " being read; before, the copies are judged one by one")
    void runningClocksPastTheirDeadlinesCountedFromTheDays() throws Exception {
        Random random = new Random(23);
        deliverInBatches(randomHistories(random, 300), random);
        List<SlaClockDocument> running = mongo.findAll(SlaClockDocument.class).stream()
                .filter(clock -> clock.running && clock.kind != DeadlineKind.DEPARTMENT_RESPONSE).toList();
        assertThat(running).as("clocks running").hasSizeGreaterThan(20);
        Instant lastDue = running.stream().flatMap(clock -> java.util.stream.Stream.of(clock.originalDue,
                clock.currentDue)).max(Comparator.naturalOrder()).orElseThrow();
        Instant firstStart = mongo.findAll(SlaClockDocument.class).stream().map(clock -> clock.startedAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        FindSlaCompliance all = new FindSlaCompliance(SlaPeriod.MONTH,
                firstStart.minus(Duration.ofDays(40)), lastDue.plus(Duration.ofDays(40)));

        Instant before = lastDue.minusMillis(1); // one deadline still to come: that day's copies are read
        assertThat(handlerAt(before).handle(all)).isEqualTo(everyClockJudged(all, before));
        Instant after = lastDue.plusMillis(1);
        SlaComplianceView expected = everyClockJudged(all, after);
        mongo.getCollection(RunningClockDocument.COLLECTION).deleteMany(new Document());
        assertThat(handlerAt(after).handle(all)).as("from the days alone").isEqualTo(expected);
        assertThat(handlerAt(before).handle(all)).as("without the copies, a day still to judge is missed")
                .isNotEqualTo(everyClockJudged(all, before));
    }

    @Test
    @DisplayName("R6.2, #18: the current breaches, their counts and their pages, found among the running clocks, are those"
            + " among every clock")
    void breachesAsAmongEveryClock() throws Exception {
        Random random = new Random(19);
        deliverInBatches(randomHistories(random, 300), random);

        List<Instant> dues = mongo.findAll(SlaClockDocument.class).stream().filter(clock -> clock.running)
                .map(clock -> clock.currentDue).sorted().toList();
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            moments.add(randomInstant(random).plus(Duration.ofDays(random.nextInt(120))));
        }
        // on a deadline, a nanosecond before it and within its millisecond: counted from the millisecond-padded order
        Instant due = dues.get(dues.size() / 2);
        moments.addAll(List.of(due, due.minusNanos(1), due.plusNanos(999_999), due.plusMillis(1)));
        int breaches = 0;
        for (Instant now : moments) {
            DeadlineKind kind = random.nextBoolean() || moments.indexOf(now) >= 20 ? null
                    : DeadlineKind.values()[random.nextInt(DeadlineKind.values().length)];
            List<SlaClockDocument> expected = mongo.findAll(SlaClockDocument.class).stream()
                    .filter(clock -> clock.breachedAt(now) && (kind == null || clock.kind == kind))
                    .sorted(Comparator.comparing((SlaClockDocument c) -> c.currentDue).thenComparing(c -> c.id))
                    .toList();
            List<SlaBreachSummary> found = handlerAt(now).handle(new FindCurrentBreaches(kind)).breaches();
            assertThat(found).as("at %s, %s", now, kind).extracting(b -> b.complaintId() + "/" + b.kind() + "/"
                    + b.inquiryId() + "/" + b.due()).containsExactlyElementsOf(expected.stream()
                    .map(c -> c.complaintId + "/" + c.kind + "/" + c.inquiryId + "/" + c.currentDue).toList());
            assertThat(found).as("references and deadlines").allSatisfy(breach -> {
                assertThat(breach.reference()).isEqualTo(SlaEvents.reference(ComplaintId.of(breach.complaintId())));
                assertThat(breach.originalDue()).isNotNull();
            });

            Map<DeadlineKind, Long> counted = new EnumMap<>(DeadlineKind.class);
            expected.forEach(clock -> counted.merge(clock.kind, 1L, Long::sum));
            assertThat(handlerAt(now).handle(new FindBreachCounts(kind)).kinds())
                    .extracting(BreachCountSummary::kind, BreachCountSummary::breaches)
                    .containsExactlyInAnyOrderElementsOf(counted.entrySet().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toList());
            if (!found.isEmpty()) {
                var page = handlerAt(now).handle(new FindCurrentBreachPage(kind, 1, 7));
                assertThat(page.total()).isEqualTo(expected.size());
                assertThat(page.breaches()).isEqualTo(found.subList(Math.min(7, found.size()),
                        Math.min(14, found.size())));
            }
            breaches += found.size();
        }
        assertThat(breaches).as("breaches compared").isGreaterThan(100);
    }

    @Test
    @DisplayName("#18: a replay rebuilds the day counts and running clocks, and a reset empties them")
    void replayRebuildsTheCounts() throws Exception {
        Random random = new Random(20);
        Map<String, List<Object>> histories = randomHistories(random, 120);
        deliverInBatches(histories, random);
        List<Document> days = all(SlaDayDocument.COLLECTION);
        List<Document> running = all(RunningClockDocument.COLLECTION);

        projection.prepareReset();
        assertThat(all(SlaDayDocument.COLLECTION)).as("reset").isEmpty();
        assertThat(all(RunningClockDocument.COLLECTION)).as("reset").isEmpty();
        deliverInBatches(histories, random);
        // a running count back at zero is written as 0 when its +1 and -1 fell in different batches, and not at all
        // when in one: the same count
        assertThat(withoutZeros(all(SlaDayDocument.COLLECTION))).isEqualTo(withoutZeros(days));
        assertThat(all(RunningClockDocument.COLLECTION)).isEqualTo(running);
    }

    @Test
    @DisplayName("#18: clocks written before the counts existed ask for a replay of the 'sla' group at start-up")
    void clocksWithoutCountsNeedAReplay() throws Exception {
        SlaDaysCheck check = new SlaDaysCheck(mongo);
        assertThat(check.countsAreMissing()).as("empty").isFalse();
        deliverInBatches(randomHistories(new Random(21), 30), new Random(21));
        assertThat(check.countsAreMissing()).as("projected").isFalse();

        mongo.getCollection(SlaDayDocument.COLLECTION).deleteMany(new Document());
        assertThat(check.countsAreMissing()).as("no day counts").isTrue();
        List<Object> published = new ArrayList<>();
        new SlaDaysCheck(mongo, published::add, false).warnIfCountsAreMissing();
        assertThat(published).as("several instances: a warning only").isEmpty();
        SlaDaysCheck replaying = new SlaDaysCheck(mongo, published::add, true);
        replaying.warnIfCountsAreMissing();
        replaying.warnIfCountsAreMissing(); // the ready event of a second context: looked at once only
        assertThat(published).singleElement().isInstanceOfSatisfying(
                uk.co.welzo.klachten.query.readmodel.ReplayNeeded.class,
                needed -> assertThat(needed.group()).isEqualTo("sla"));

        projection.prepareReset();
        deliverInBatches(randomHistories(new Random(21), 30), new Random(21));
        assertThat(check.countsAreMissing()).as("projected again").isFalse();
        mongo.getCollection(RunningClockDocument.COLLECTION).updateOne(new Document(),
                new Document("$unset", new Document("dueOrder", "")));
        assertThat(check.countsAreMissing()).as("a running copy without the order its breach is counted by").isTrue();
        projection.prepareReset();
        deliverInBatches(randomHistories(new Random(21), 30), new Random(21));
        for (DeadlineKind kind : DeadlineKind.values()) {
            mongo.getCollection(SlaDayDocument.COLLECTION).updateMany(new Document(),
                    new Document("$unset", new Document(kind + ".running", "")));
        }
        assertThat(check.countsAreMissing()).as("running clocks no day counts").isTrue();
        mongo.getCollection(RunningClockDocument.COLLECTION).deleteMany(new Document());
        assertThat(check.countsAreMissing()).as("no running copies").isTrue();
    }

    /** The compliance report as it was made before the counts (#18): every clock of the range read and judged. */
    private static SlaComplianceView everyClockJudged(FindSlaCompliance find, Instant now) {
        SlaCompliance compliance = new SlaCompliance(find.period(), find.from(), find.to(), now);
        for (Document stored : mongo.getCollection("sla_clocks").find()) {
            SlaClockDocument clock = SlaClockDocument.forCompliance(stored);
            if (clock.kind != DeadlineKind.DEPARTMENT_RESPONSE && !clock.startedAt.isBefore(find.from())
                    && clock.startedAt.isBefore(find.to())) {
                compliance.add(clock);
            }
        }
        return new SlaComplianceView(find.period(), find.from(), find.to(), now, compliance.summaries());
    }

    private static SlaQueryHandler handlerAt(Instant now) {
        return new SlaQueryHandler(mongo, Clock.fixed(now, ZoneOffset.UTC), SlaCalendars.ENGLAND);
    }

    private static List<Document> withoutZeros(List<Document> documents) {
        documents.forEach(SlaDaysTest::dropZeros);
        return documents;
    }

    private static void dropZeros(Document document) {
        document.values().removeIf(value -> value instanceof Number number && number.longValue() == 0);
        document.values().stream().filter(Document.class::isInstance).map(Document.class::cast)
                .forEach(SlaDaysTest::dropZeros);
    }

    private static List<Document> all(String collection) {
        return mongo.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    /**
     * Complaints lodged around London and UTC midnights: acknowledged or not, asked of a department, extended,
     * missed, resolved, escalated and resolved again, closed, each at a random later time.
     */
    private static Map<String, List<Object>> randomHistories(Random random, int count) {
        Map<String, List<Object>> histories = new LinkedHashMap<>();
        SlaEvents events = SlaEvents.recording(histories);
        for (int i = 0; i < count; i++) {
            ComplaintId id = ComplaintId.of("sla-random-" + i);
            Instant t = randomInstant(random);
            events.lodged(id, t);
            if (random.nextInt(5) == 0) {
                if (random.nextBoolean()) {
                    events.missed(id, DeadlineKind.ACKNOWLEDGEMENT, null, t.plus(Duration.ofHours(48)),
                            t.plus(Duration.ofHours(49)));
                }
                continue;
            }
            t = t.plus(Duration.ofHours(1 + random.nextInt(80)));
            Instant stageOneDue = t.plus(Duration.ofDays(3 + random.nextInt(40)));
            events.acknowledged(id, t, stageOneDue);
            if (random.nextInt(4) == 0) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
                events.asked(id, "i-" + i, t, t.plus(Duration.ofDays(1 + random.nextInt(10))));
            }
            if (random.nextInt(4) == 0) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
                Instant extended = stageOneDue.plus(Duration.ofDays(1 + random.nextInt(20)));
                events.extended(id, DeadlineKind.STAGE_ONE_RESOLUTION, stageOneDue, stageOneDue, extended, t);
                stageOneDue = extended;
            }
            if (random.nextInt(5) == 0) {
                events.missed(id, DeadlineKind.STAGE_ONE_RESOLUTION, null, stageOneDue, stageOneDue.plusSeconds(60));
            }
            if (random.nextInt(5) < 3) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(24 * 50)));
                events.resolved(id, Stage.ONE, t);
                if (random.nextInt(3) == 0) {
                    t = t.plus(Duration.ofHours(1 + random.nextInt(200)));
                    events.escalated(id, t, t.plus(Duration.ofDays(2 + random.nextInt(3))),
                            t.plus(Duration.ofDays(5 + random.nextInt(5))));
                    if (random.nextInt(4) > 0) {
                        t = t.plus(Duration.ofHours(1 + random.nextInt(200)));
                        events.escalationAcknowledged(id, t, t.plus(Duration.ofDays(5 + random.nextInt(40))));
                        if (random.nextBoolean()) {
                            events.resolved(id, Stage.TWO, t.plus(Duration.ofHours(1 + random.nextInt(24 * 40))));
                        }
                    }
                }
            }
            if (random.nextInt(4) == 0) {
                events.closed(id, t.plus(Duration.ofHours(1 + random.nextInt(24 * 30))));
            }
        }
        return histories;
    }

    private static Instant randomInstant(Random random) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Instant midnight = random.nextBoolean() ? day.atStartOfDay(LONDON).toInstant()
                : day.atStartOfDay().toInstant(ZoneOffset.UTC);
        return switch (random.nextInt(4)) {
            case 0 -> midnight;
            case 1 -> midnight.plus(random.nextInt(180) - 90, ChronoUnit.MINUTES).plusSeconds(random.nextInt(60));
            default -> midnight.plusSeconds(random.nextInt(86_400));
        };
    }

    /** The histories interleaved and delivered in batches of random size, as a streaming processor would. */
    private void deliverInBatches(Map<String, List<Object>> histories, Random random) throws Exception {
        List<EventMessage<?>> events = OneBatch.interleaved(histories);
        for (int start = 0; start < events.size(); ) {
            int end = Math.min(events.size(), start + 1 + random.nextInt(150));
            OneBatch.deliver(mongo, projection, events.subList(start, end));
            start = end;
        }
    }
}
